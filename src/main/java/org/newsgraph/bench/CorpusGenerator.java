package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.NewsgraphException;

/**
 * Synthetic news documents in newsgraph's input format, shaped like the real corpus
 * ({@code everyday-ai}: 208 documents, 286 articles, 198 outlets): most stories told by
 * one outlet and a tail told by up to 40, two in three documents with no related articles
 * and a few with ten or more, outlets from a long tail where a few publish much, one
 * image on four in five articles, AMP addresses on some, wire copy repeated across
 * outlets under edited headlines, stories spread over three years (or fewer days, for a
 * million documents' density with fewer), with topical neighbours as real news has them
 * ({@link Subjects}). The true story of every article is written beside the documents
 * ({@code url,story}, as {@code evaluate --labels} reads it). Streams story by story:
 * memory does not grow with the corpus. The same seed gives the same bytes.
 */
public final class CorpusGenerator {

	/** Related-list lengths of the real corpus's documents (0 to 14, by count). */
	private static final int[] RELATED_LENGTHS = { 135, 18, 16, 10, 6, 4, 2, 0, 2, 4, 2, 4, 0, 0, 2 };

	/** Story sizes in articles: mostly one, a long tail up to 40. */
	private static final int[] SIZE_BOUNDS = { 1, 2, 3, 6, 15, 40 };

	private static final double[] SIZE_SHARES = { 0.70, 0.13, 0.06, 0.06, 0.04, 0.01 };

	/**
	 * Documents per story on average, given the sizes above and three in four articles
	 * being a main one.
	 */
	private static final double DOCUMENTS_PER_STORY = 1.84;

	private static final String[] TOPICS = { "Computer Vision", "Machine Learning", "AWS AI", "AI in Autos",
			"Facebook AI", "Microsoft AI", "Natural Language Processing", "Robotics", "AI Ethics" };

	private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

	/** Three years, as the real corpus spans. */
	public static final int DEFAULT_DAYS = 3 * 365;

	private final ObjectMapper json = new ObjectMapper();

	private final SplittableRandom random;

	private final int documents;

	private final double minutes;

	private final Outlets outlets;

	private final Subjects texts;

	private CorpusGenerator(int documents, int days, long seed) {
		this.documents = documents;
		this.minutes = days * 24.0 * 60;
		this.random = new SplittableRandom(seed);
		this.outlets = new Outlets(new LongTail(Math.max(200, documents / 25), random.split()));
		this.texts = new Subjects(random.split());
	}

	/**
	 * @param out a {@code .jsonl} file (labels beside it, {@code NAME.labels.csv}) or a
	 * folder of Markdown documents (labels in it, {@code labels.csv}, which loads skip)
	 */
	public static GeneratedCorpus write(int documents, long seed, Path out) {
		return write(documents, DEFAULT_DAYS, seed, out);
	}

	/**
	 * @param days the span the stories start in: a million documents over three years is
	 * about 900 a day, and a shorter span gives that density with fewer documents
	 * @param out a {@code .jsonl} file (labels beside it, {@code NAME.labels.csv}) or a
	 * folder of Markdown documents (labels in it, {@code labels.csv}, which loads skip)
	 */
	public static GeneratedCorpus write(int documents, int days, long seed, Path out) {
		try {
			return new CorpusGenerator(documents, days, seed).writeTo(out, documents);
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot write the generated corpus to " + out + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A corpus and the news that comes after it: {@code documents + streamed} documents
	 * generated as one corpus over three years, the first {@code documents} written to
	 * {@code out}, the rest to {@code streamOut} (both {@code .jsonl}, labels beside
	 * each). A story told on both sides of the cut is labelled in both.
	 * @return the corpus and the stream, in that order
	 */
	public static List<GeneratedCorpus> writeWithStream(int documents, int streamed, long seed, Path out,
			Path streamOut) {
		try {
			CorpusGenerator generator = new CorpusGenerator(documents + streamed, DEFAULT_DAYS, seed);
			return generator.writeTo(out, documents, streamOut);
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot write the generated corpus to " + out + ": " + ex.getMessage(), ex);
		}
	}

	private GeneratedCorpus writeTo(Path out, int cut) throws IOException {
		return writeTo(out, cut, null).get(0);
	}

	/**
	 * @param cut documents written to {@code out}; the rest go to {@code rest}
	 */
	private List<GeneratedCorpus> writeTo(Path out, int cut, Path rest) throws IOException {
		List<GeneratedCorpus> written = new ArrayList<>(2);
		double minute = 0;
		int stories = 0;
		long total = 0;
		Part part = new Part(out, 0);
		try {
			while (total < documents) {
				minute += minutes * DOCUMENTS_PER_STORY / documents * -Math.log(1 - random.nextDouble());
				List<Article> story = story(stories++, START.plus((long) minute, ChronoUnit.MINUTES));
				for (Article main : story) {
					if (total == documents || !main.main) {
						continue;
					}
					if (total == cut && written.isEmpty()) {
						written.add(part.close(stories));
						part = new Part(rest, main.story);
					}
					part.write(document(main, story, part.told));
					total++;
				}
				part.storyEnds();
			}
			written.add(part.close(stories));
			return written;
		}
		finally {
			part.closeQuietly();
		}
	}

	/**
	 * One output of the generator: documents, as JSON Lines or Markdown files, and the
	 * true story of every article they tell of.
	 */
	private final class Part {

		private final Path out;

		private final Path labels;

		private final BufferedWriter truth;

		private final BufferedWriter jsonLines;

		/** The articles the current story's documents in this part tell of. */
		private final Set<Article> told = new LinkedHashSet<>();

		private long documents;

		private long articles;

		private final int firstStory;

		Part(Path out, int firstStory) throws IOException {
			this.out = out;
			this.firstStory = firstStory;
			boolean lines = out.getFileName().toString().endsWith(".jsonl");
			this.labels = lines
					? out.resolveSibling(out.getFileName().toString().replaceFirst("\\.jsonl$", ".labels.csv"))
					: out.resolve("labels.csv");
			Files.createDirectories(lines ? out.toAbsolutePath().getParent() : out);
			this.truth = Files.newBufferedWriter(labels, StandardCharsets.UTF_8);
			this.jsonLines = lines ? Files.newBufferedWriter(out, StandardCharsets.UTF_8) : null;
			truth.write("url,story\n");
		}

		void write(Map<String, Object> document) throws IOException {
			if (jsonLines != null) {
				jsonLines.write(json.writeValueAsString(document));
				jsonLines.write('\n');
			}
			else {
				writeMarkdown(out, documents, document);
			}
			documents++;
		}

		/** Only articles some document tells of are in the graph to be judged. */
		void storyEnds() throws IOException {
			for (Article article : told) {
				truth.write(article.url + ",s" + article.story + "\n");
			}
			articles += told.size();
			told.clear();
		}

		GeneratedCorpus close(int storiesSoFar) throws IOException {
			storyEnds();
			closeQuietly();
			return new GeneratedCorpus(documents, articles, storiesSoFar - firstStory, out, labels);
		}

		void closeQuietly() throws IOException {
			truth.close();
			if (jsonLines != null) {
				jsonLines.close();
			}
		}

	}

	private List<Article> story(int id, Instant start) {
		int size = size();
		List<String> words = texts.storyWords();
		boolean wire = size >= 3 && random.nextDouble() < 0.5;
		String wireHeadline = SyntheticText.headline(random, words, texts::filler);
		String wireExcerpt = SyntheticText.excerpt(words, texts::filler);
		int[] publishers = outlets.distinct(size);
		List<Article> articles = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Outlets.Outlet outlet = outlets.get(publishers[i]);
			String title = wire ? SyntheticText.edited(random, wireHeadline, texts::filler)
					: SyntheticText.headline(random, words, texts::filler);
			String excerpt = wire ? wireExcerpt : SyntheticText.excerpt(words, texts::filler);
			Instant published = start.plus(random.nextInt(48 * 60), ChronoUnit.MINUTES);
			String url = "https://www." + outlet.domain() + "/news/" + published.toString().substring(0, 10) + "/s" + id
					+ "-" + i;
			articles.add(new Article(id, url, title, excerpt, published, outlet, i == 0 || random.nextDouble() < 0.74,
					random.nextDouble() < 0.05, random.nextDouble() < 0.78));
		}
		return articles;
	}

	private int size() {
		double draw = random.nextDouble();
		int low = 1;
		for (int i = 0; i < SIZE_BOUNDS.length; i++) {
			if (draw < SIZE_SHARES[i]) {
				return low + random.nextInt(SIZE_BOUNDS[i] - low + 1);
			}
			draw -= SIZE_SHARES[i];
			low = SIZE_BOUNDS[i] + 1;
		}
		return 1;
	}

	private Map<String, Object> document(Article main, List<Article> story, Set<Article> told) {
		told.add(main);
		Map<String, Object> document = article(main);
		document.put("category", "news");
		document.put("type", "article");
		document.put("quality", 1 + random.nextInt(100));
		List<String> topics = new ArrayList<>(List.of("AI"));
		if (random.nextDouble() < 0.6) {
			topics.add(TOPICS[random.nextInt(TOPICS.length)]);
		}
		document.put("topics", topics);
		List<Article> others = new ArrayList<>(story);
		others.remove(main);
		int related = Math.min(relatedLength(), others.size());
		List<Map<String, Object>> items = new ArrayList<>(related);
		for (int i = 0; i < related; i++) {
			Article other = others.remove(random.nextInt(others.size()));
			told.add(other);
			items.add(article(other));
		}
		if (!items.isEmpty()) {
			document.put("related", items);
		}
		return document;
	}

	private int relatedLength() {
		int total = Arrays.stream(RELATED_LENGTHS).sum();
		int draw = random.nextInt(total);
		for (int length = 0; length < RELATED_LENGTHS.length; length++) {
			draw -= RELATED_LENGTHS[length];
			if (draw < 0) {
				return length;
			}
		}
		return 0;
	}

	private static Map<String, Object> article(Article article) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", article.title);
		fields.put("excerpt", article.excerpt);
		fields.put("publishedDateTime", article.published.toString());
		fields.put("webUrl", article.url);
		if (article.amp) {
			fields.put("ampWebUrl", article.url + "/amp/");
		}
		fields.put("provider", Map.of("name", article.outlet.name(), "domain", article.outlet.domain()));
		if (article.image) {
			fields.put("images",
					List.of(Map.of("url",
							"https://images." + article.outlet.domain() + "/" + article.url.hashCode() + ".jpg",
							"width", 1200, "height", 675)));
		}
		return fields;
	}

	/** JSON is YAML: the front matter is the document as one JSON object. */
	private void writeMarkdown(Path folder, long number, Map<String, Object> document) throws IOException {
		Path file = folder.resolve(String.format("%04d/%08d.md", number / 1000, number));
		Files.createDirectories(file.getParent());
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("---\n");
			writer.write(json.writeValueAsString(document));
			writer.write("\n---\n");
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private record Article(int story, String url, String title, String excerpt, Instant published,
			Outlets.Outlet outlet, boolean main, boolean amp, boolean image) {
	}

}
