package org.newsgraph.cli;

import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.analysis.GraphAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "recluster", mixinStandardHelpOptions = true,
		description = "Forms every story anew (comparing all articles again with the current word weights and settings, "
				+ "newsgraph.stories.*), finds the organisations of every article and refreshes every campaign. "
				+ "Loads only re-form the stories they touch.")
final class ReclusterCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<GraphAnalysis> analysis;

	@Override
	public Integer call() {
		spec.commandLine()
			.getOut()
			.print(analysis.get().recluster(ConsoleProgress.on(spec.commandLine().getErr())).summary());
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

}
