package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.DocumentParser;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.ingest.NewsDocument;

class CorpusGeneratorTest {

	private final DocumentParser parser = new DocumentParser(IngestLimits.defaults());

	@TempDir
	Path folder;

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
		CorpusGenerator.write(500, 7, folder.resolve("a.jsonl"));
		CorpusGenerator.write(500, 7, folder.resolve("b.jsonl"));
		CorpusGenerator.write(500, 8, folder.resolve("c.jsonl"));

		assertThat(Files.mismatch(folder.resolve("a.jsonl"), folder.resolve("b.jsonl"))).isEqualTo(-1);
		assertThat(Files.mismatch(folder.resolve("a.labels.csv"), folder.resolve("b.labels.csv"))).isEqualTo(-1);
		assertThat(Files.mismatch(folder.resolve("a.jsonl"), folder.resolve("c.jsonl"))).isNotEqualTo(-1);
	}

	@Test
	void aStreamIsTheRestOfOneCorpusCutAfterItsFirstDocuments() throws IOException {
		GeneratedCorpus whole = CorpusGenerator.write(1_000, CorpusGenerator.DEFAULT_DAYS, 9,
				folder.resolve("whole.jsonl"));

		List<GeneratedCorpus> parts = CorpusGenerator.writeWithStream(700, 300, 9, folder.resolve("first.jsonl"),
				folder.resolve("then.jsonl"));

		assertThat(parts).extracting(GeneratedCorpus::documents).containsExactly(700L, 300L);
		List<String> documents = new ArrayList<>(Files.readAllLines(parts.get(0).path()));
		assertThat(documents).hasSize(700);
		documents.addAll(Files.readAllLines(parts.get(1).path()));
		assertThat(documents).isEqualTo(Files.readAllLines(whole.path()));
		Set<String> labels = new HashSet<>(Files.readAllLines(parts.get(0).labels()));
		labels.addAll(Files.readAllLines(parts.get(1).labels()));
		assertThat(labels).as("a story told on both sides of the cut is labelled on both")
			.containsExactlyInAnyOrderElementsOf(new HashSet<>(Files.readAllLines(whole.labels())));
		assertThat(parts.get(0).stories() + parts.get(1).stories()).isBetween(whole.stories(), whole.stories() + 1);
	}

	@Test
	void everyDocumentParsesAndEveryArticleInThemHasExactlyOneTrueStory() throws IOException {
		GeneratedCorpus corpus = CorpusGenerator.write(2_000, 1, folder.resolve("corpus.jsonl"));
		List<NewsDocument> documents = new ArrayList<>();
		List<String> problems = new ArrayList<>();

		parser.read(corpus.path(), documents::add, problem -> problems.add(problem.toString()));

		assertThat(problems).isEmpty();
		assertThat(documents).hasSize(2_000);
		Set<String> told = new HashSet<>();
		documents.forEach(document -> {
			told.add(document.main().urls().webUrl());
			document.related().forEach(related -> told.add(related.urls().webUrl()));
		});
		List<String> labelled = Files.readAllLines(corpus.labels()).stream().skip(1).map(this::url).toList();
		assertThat(labelled).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(told);
		assertThat(corpus.articles()).isEqualTo(told.size());
	}

	@Test
	void theShapeFollowsTheRealCorpus() throws IOException {
		GeneratedCorpus corpus = CorpusGenerator.write(5_000, 3, folder.resolve("corpus.jsonl"));
		List<NewsDocument> documents = new ArrayList<>();
		parser.read(corpus.path(), documents::add, problem -> {
		});

		double withoutRelated = documents.stream().filter(document -> document.related().isEmpty()).count()
				/ (double) documents.size();
		long outlets = documents.stream().map(document -> document.main().outlet().domain()).distinct().count();
		double withImage = documents.stream().filter(document -> !document.main().images().isEmpty()).count()
				/ (double) documents.size();
		long withAmp = documents.stream().filter(document -> document.main().urls().ampWebUrl() != null).count();

		// The real corpus: 65 % without related articles, 78 % with an image, 198 outlets
		// for 208 documents but a long tail where a few dominate.
		assertThat(withoutRelated).isBetween(0.55, 0.85);
		assertThat(withImage).isBetween(0.7, 0.86);
		assertThat(outlets).isBetween(100L, 200L);
		assertThat(withAmp).isPositive();
		assertThat(corpus.stories()).isLessThan(corpus.articles());
	}

	/**
	 * A million documents over three years is about 900 a day: a shorter span gives that
	 * density, and its topical neighbours, with fewer documents.
	 */
	@Test
	void fewerDaysGiveTheSameDocumentsAtAHigherDensity() throws IOException {
		GeneratedCorpus corpus = CorpusGenerator.write(3_000, 3, 4, folder.resolve("dense.jsonl"));
		List<NewsDocument> documents = new ArrayList<>();
		parser.read(corpus.path(), documents::add, problem -> {
		});

		Instant start = Instant.parse("2021-01-01T00:00:00Z");
		assertThat(documents).hasSize(3_000)
			.allSatisfy(document -> assertThat(document.main().publishedAt().toInstant()).isBetween(start,
					start.plus(Duration.ofDays(3 + 2))));
		// A story's articles follow its start within two days, so from the second day on
		// each day has its full share.
		assertThat(documents.stream()
			.map(document -> document.main().publishedAt().toInstant())
			.filter(published -> !published.isBefore(start.plus(Duration.ofDays(2)))
					&& published.isBefore(start.plus(Duration.ofDays(3))))
			.count()).isBetween(700L, 1_300L);
	}

	@Test
	void namesAreWrittenCapitalisedInTheExcerptToo() throws IOException {
		GeneratedCorpus corpus = CorpusGenerator.write(200, 6, folder.resolve("names.jsonl"));
		List<NewsDocument> documents = new ArrayList<>();
		parser.read(corpus.path(), documents::add, problem -> {
		});

		// A name is capitalised inside running text, as the clustering reads names.
		assertThat(documents)
			.allMatch(document -> Pattern.compile(" [A-Z][a-z]+").matcher(document.main().excerpt().value()).find());
	}

	@Test
	void aFolderOfMarkdownDocumentsIsWrittenWithItsLabelsInside() throws IOException {
		GeneratedCorpus corpus = CorpusGenerator.write(30, 5, folder.resolve("docs"));

		try (Stream<Path> files = Files.walk(corpus.path())) {
			List<Path> markdown = files.filter(file -> file.toString().endsWith(".md")).toList();
			assertThat(markdown).hasSize(30);
			markdown.forEach(file -> assertThat(parser.parse(file).main().title()).isNotNull());
		}
		assertThat(corpus.labels()).isEqualTo(folder.resolve("docs/labels.csv"));
	}

	private String url(String line) {
		return line.substring(0, line.lastIndexOf(','));
	}

}
