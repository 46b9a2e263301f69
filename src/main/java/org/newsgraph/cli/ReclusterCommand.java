package org.newsgraph.cli;

import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.GraphEmbeddings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "recluster", mixinStandardHelpOptions = true,
		description = "Forms every story anew (comparing all articles again with the current word weights and settings, "
				+ "newsgraph.stories.*), finds the organisations of every article, refreshes every campaign and gives the new stories their sentence vectors. "
				+ "Loads only re-form the stories they touch.")
final class ReclusterCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<GraphAnalysis> analysis;

	@Inject
	BeanProvider<GraphEmbeddings> embeddings;

	@Override
	public Integer call() {
		spec.commandLine()
			.getOut()
			.print(analysis.get().recluster(ConsoleProgress.on(spec.commandLine().getErr())).summary());
		spec.commandLine().getOut().flush();
		// The stories are new; their members keep their vectors.
		EmbeddingStep.run(embeddings.get(), spec);
		return ExitCodes.OK;
	}

}
