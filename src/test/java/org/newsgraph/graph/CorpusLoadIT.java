package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.Neo4jTestBase;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the real corpus ({@code src/test/resources/corpus/everyday-ai}, unmodified public
 * documents) and checks, document by document, that the graph holds what each file says.
 * The files are read here independently of the loader: SnakeYAML's ordinary constructor
 * over the raw text, and the graph is asked through the URLs exactly as the files give
 * them.
 */
class CorpusLoadIT extends Neo4jTestBase {

	private static final Path CORPUS = Path.of("src/test/resources/corpus/everyday-ai");

	private static final CypherStatement ARTICLES_BY_URL = CypherStatement.load("test/articles-by-url");

	private static final CypherStatement NEIGHBOURHOOD = CypherStatement.load("test/article-neighbourhood");

	private static final CypherStatement FIGURES = CypherStatement.load("test/corpus-figures");

	@Test
	void everyDocumentOfTheRealCorpusIsInTheGraphWithItsOutletTopicsImagesAndRelatedArticles() throws IOException {
		LoadReport report = context.getBean(DocumentLoader.class).load(List.of(CORPUS));

		assertThat(report.rejected()).singleElement().satisfies(problem -> {
			assertThat(problem.file().getFileName()).hasToString("SOURCE.md");
			assertThat(problem.reason()).contains("no front matter");
		});
		assertThat(report.documentsLoaded()).isEqualTo(208);
		SoftAssertions softly = new SoftAssertions();
		Map<String, String> titleOfLastMainBlock = new HashMap<>();
		try (Stream<Path> files = Files.list(CORPUS)) {
			for (Path file : files.filter(path -> !path.endsWith("SOURCE.md")).sorted().toList()) {
				checkDocument(file, softly, titleOfLastMainBlock);
			}
		}
		// An article that is the main article of several files takes its facts from the
		// last of them.
		titleOfLastMainBlock.forEach((id, title) -> {
			Record article = neighbourhood(id);
			softly
				.assertThat(
						List.of(article.get("title").asString(), String.valueOf(article.get("titleRaw").asObject())))
				.as("title of %s", id)
				.contains(title);
		});
		softly.assertAll();
		Record figures = graph().read(tx -> tx.run(FIGURES.text()).single());
		System.out.printf("Real corpus: %d documents, %s, %d texts cleaned, loaded in %d ms%n",
				report.documentsLoaded(), figures.asMap(), report.textsCleaned(), report.elapsed().toMillis());
	}

	@SuppressWarnings("unchecked")
	private void checkDocument(Path file, SoftAssertions softly, Map<String, String> titleOfLastMainBlock)
			throws IOException {
		Map<String, Object> document = frontMatter(file);
		String where = file.getFileName().toString();
		String mainId = articleDescribedBy(file, (String) document.get("webUrl"), softly, where);
		if (mainId == null) {
			return;
		}
		Record main = neighbourhood(mainId);
		titleOfLastMainBlock.put(mainId, (String) document.get("title"));
		softly.assertThat(main.get("outlets").asList(Value::asString))
			.as("%s: outlet", where)
			.containsExactly(domain((Map<String, Object>) document.get("provider")));
		softly.assertThat(main.get("topics").asList(Value::asString))
			.as("%s: topics", where)
			.containsAll((List<String>) document.get("topics"));
		List<Map<String, Object>> images = (List<Map<String, Object>>) document.getOrDefault("images", List.of());
		softly.assertThat(main.get("images").asInt())
			.as("%s: images", where)
			.isGreaterThanOrEqualTo((int) images.stream().map(image -> image.get("url")).distinct().count());
		for (Map<String, Object> related : (List<Map<String, Object>>) document.getOrDefault("related", List.of())) {
			String relatedId = articleDescribedBy(file, (String) related.get("webUrl"), softly, where + " related");
			if (relatedId != null && !relatedId.equals(mainId)) {
				softly.assertThat(main.get("related").asList(Value::asString))
					.as("%s: RELATED_TO %s", where, related.get("webUrl"))
					.contains(relatedId);
				softly.assertThat(neighbourhood(relatedId).get("outlets").asList(Value::asString))
					.as("%s: outlet of %s", where, related.get("webUrl"))
					.isNotEmpty();
			}
		}
	}

	/**
	 * The article a URL identifies that this file describes: it must exist, and the file
	 * must be its source.
	 */
	private String articleDescribedBy(Path file, String url, SoftAssertions softly, String where) {
		String path = file.toAbsolutePath().normalize().toString();
		List<String> candidates = graph()
			.read(tx -> tx.run(ARTICLES_BY_URL.text(), Map.of("url", url)).list(row -> row.get("id").asString()));
		String found = candidates.stream()
			.filter(id -> neighbourhood(id).get("sources")
				.asList(Value::asString)
				.stream()
				.anyMatch(source -> source.startsWith(path + " ")))
			.findFirst()
			.orElse(null);
		softly.assertThat(found).as("%s: an article for %s described by the file", where, url).isNotNull();
		return found;
	}

	private Record neighbourhood(String id) {
		return graph().read(tx -> tx.run(NEIGHBOURHOOD.text(), Map.of("id", id)).single());
	}

	private static String domain(Map<String, Object> provider) {
		String domain = Objects.toString(provider.get("domain")).toLowerCase(Locale.ROOT);
		return domain.startsWith("www.") ? domain.substring(4) : domain;
	}

	private static Map<String, Object> frontMatter(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int end = text.indexOf("\n---", 4);
		try (Reader yaml = new java.io.StringReader(text.substring(4, end))) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
	}

}
