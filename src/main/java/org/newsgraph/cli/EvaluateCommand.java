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
import org.newsgraph.analysis.evaluation.TopicalNeighbours;
import org.newsgraph.analysis.stories.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Compares the graph's stories with a human labelling and prints B-cubed and pairwise "
				+ "precision, recall and F1. Labelled articles that are not in the graph are listed and count as "
				+ "stories of their own. With --neighbours, also each labelled article's best link score to an "
				+ "article of another story.")
final class EvaluateCommand implements Callable<Integer> {

	@Option(names = "--labels", required = true, paramLabel = "FILE",
			description = "CSV with the header url,story: one row per article, under any URL it was seen under.")
	Path labels;

	@Option(names = "--json", description = "Print the figures as JSON instead of a table.")
	boolean json;

	@Option(names = "--neighbours",
			description = "Also how close each labelled article's nearest article of another story comes: quantiles "
					+ "and a histogram of its best link score within the window, to compare corpora's difficulty.")
	boolean neighbours;

	@Inject
	StorySettings settings;

	@Inject
	JsonMapper jsonMapper;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Inject
	BeanProvider<StoryEvaluator> evaluator;

	@Override
	public Integer call() throws IOException {
		StoryLabels labelling = StoryLabels.read(labels);
		StoryEvaluation evaluation = evaluator.get().evaluate(labelling);
		TopicalNeighbours nearest = neighbours
				? evaluator.get()
					.neighbours(labelling, settings.windowDays(), settings.similarThreshold(), settings.threshold())
				: null;
		Map<String, Object> figures = figures(evaluation);
		if (nearest != null) {
			figures.put("neighbours", nearest.figures());
		}
		spec.commandLine()
			.getOut()
			.print(json ? jsonMapper.writeValueAsString(figures) + "\n"
					: evaluation.summary() + (nearest == null ? "" : nearest.summary()));
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
