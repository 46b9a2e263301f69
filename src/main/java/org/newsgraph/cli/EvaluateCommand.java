package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.newsgraph.analysis.evaluation.ClusteringScores;
import org.newsgraph.analysis.evaluation.StoryEvaluation;
import org.newsgraph.analysis.evaluation.StoryEvaluator;
import org.newsgraph.analysis.evaluation.StoryLabels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Compares the graph's stories with a human labelling and prints B-cubed and pairwise "
				+ "precision, recall and F1. Labelled articles that are not in the graph are listed and count as "
				+ "stories of their own.")
final class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--labels", required = true, paramLabel = "FILE",
			description = "CSV with the header url,story: one row per article, under any URL it was seen under.")
	Path labels;

	@Option(names = "--json", description = "Print the figures as JSON instead of a table.")
	boolean json;

	@Inject
	JsonMapper jsonMapper;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<StoryEvaluator> evaluator;

	@Override
	public Integer call() throws IOException {
		StoryEvaluation evaluation = evaluator.get().evaluate(StoryLabels.read(labels));
		spec.commandLine()
			.getOut()
			.print(json ? jsonMapper.writeValueAsString(figures(evaluation)) + "\n" : evaluation.summary());
		spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

	private static Map<String, Object> figures(StoryEvaluation evaluation) {
		ClusteringScores scores = evaluation.scores();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("labelled_articles", scores.items());
		figures.put("labelled_stories", evaluation.labelledStories());
		figures.put("bcubed_precision", scores.bcubedPrecision());
		figures.put("bcubed_recall", scores.bcubedRecall());
		figures.put("bcubed_f1", scores.bcubedF1());
		figures.put("pairwise_precision", scores.pairwisePrecision());
		figures.put("pairwise_recall", scores.pairwiseRecall());
		figures.put("pairwise_f1", scores.pairwiseF1());
		figures.put("missing", evaluation.missing());
		return figures;
	}

}
