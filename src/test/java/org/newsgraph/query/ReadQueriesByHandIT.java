package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Neo4jTestBase;

/**
 * Every query in {@code cypher/read/} and {@code cypher/guide/} works by hand, as a user
 * runs it in Neo4j Browser or from the guide: its {@code // :param} examples, evaluated
 * as Cypher, are enough to get rows out of the seeds.
 */
class ReadQueriesByHandIT extends Neo4jTestBase {

	private static final String PARAM = "// :param ";

	private static ApplicationContext embedding;

	/** The queries by meaning need the sentence vectors, which the tests leave off. */
	@BeforeAll
	static void startAContextThatEmbeds() {
		Map<String, Object> settings = new HashMap<>(testServerProperties());
		settings.put("newsgraph.embeddings.enabled", true);
		embedding = ApplicationContext.run(settings, Environment.TEST);
	}

	@AfterAll
	static void stopIt() {
		embedding.close();
	}

	@BeforeEach
	void startFromTheSeedsWithTheirSentenceVectors() {
		loadTheSeeds();
		embedding.getBean(GraphEmbeddings.class).embedPending(AnalysisProgress.Listener.NONE);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readQueries")
	void theExampleParametersGetRowsFromTheSeeds(Path file) throws IOException {
		String text = Files.readString(file);
		Map<String, Object> parameters = new HashMap<>();
		text.lines().filter(line -> line.startsWith(PARAM)).forEach(line -> {
			String[] nameAndValue = line.substring(PARAM.length()).split("=>", 2);
			Object value = graph()
				.read(tx -> tx.run("RETURN " + nameAndValue[1].strip() + " AS value").single().get("value").asObject());
			parameters.put(nameAndValue[0].strip(), value);
		});

		long rows = graph().read(tx -> tx.run(text, parameters).list().size());

		assertThat(rows).as("rows from %s with %s", file, parameters).isPositive();
	}

	static Stream<Path> readQueries() throws IOException {
		try (Stream<Path> reads = Files.list(Path.of("cypher/read"));
				Stream<Path> guide = Files.list(Path.of("cypher/guide"))) {
			return Stream.concat(reads, guide).sorted().toList().stream();
		}
	}

}
