package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.newsgraph.NewsgraphException;
import org.newsgraph.analysis.progress.AnalysisProgress;
import org.newsgraph.analysis.GraphAnalysis;
import org.newsgraph.analysis.evaluation.StoryEvaluator;
import org.newsgraph.analysis.evaluation.StoryLabels;
import org.newsgraph.analysis.stories.StoryClustering;
import org.newsgraph.graph.CypherStatement;
import org.newsgraph.graph.DocumentLoader;
import org.newsgraph.analysis.GraphEmbeddings;
import org.newsgraph.analysis.embeddings.EmbeddingReport;
import org.newsgraph.analysis.embeddings.SentenceEncoder;
import org.newsgraph.graph.BulkLoader;
import org.newsgraph.graph.Graph;
import org.newsgraph.graph.Neo4jImporter;
import org.newsgraph.graph.LoadReport;
import org.newsgraph.export.AdminImportFiles;
import org.newsgraph.ingest.ArticleFacts;
import org.newsgraph.ingest.DocumentParser;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.query.GraphDump;
import org.newsgraph.query.ReadCache;

/**
 * One benchmark run at one size: serve's start is timed as a user meets it (a process of
 * its own, on a new data folder, then again), then, in this process, a generated corpus
 * is parsed, loaded by the naive baseline (on a sample) and by newsgraph into a fresh
 * embedded database, loaded again unchanged, clustered and scored against its true
 * stories, its main reads are timed over HTTP, the news that follows it is uploaded in
 * batches while wrk reads, and every story is formed again; the news after a corpus of
 * the same size is loaded into a database holding that corpus. Each figure comes from the
 * same run on the same machine, so their ratios hold even where the machine is noisy.
 */
public final class Benchmark {

	private static final CypherStatement GRAPH_SIZE = CypherStatement.load("bench/graph-size");

	/** The benchmark's server is its own, on a free port of localhost. */
	private static final String TOKEN = "bench-" + UUID.randomUUID();

	private static final int STREAM_CONNECTIONS = 32;

	private static final Duration READ_PACE = Duration.ofMillis(100);

	/** Enough texts for a steady rate; the first texts warm the model up untimed. */
	private static final int EMBEDDED_TEXTS = 2_000;

	private static final int EMBEDDING_TOKENS = 256;

	private final BenchSettings settings;

	private final PrintWriter log;

	public Benchmark(BenchSettings settings, PrintWriter log) {
		this.settings = settings;
		this.log = log;
	}

	public BenchResult run(int documents) {
		Path work;
		try {
			work = Files.createTempDirectory(Files.createDirectories(settings.workDir()), "bench-" + documents + "-");
		}
		catch (IOException ex) {
			throw new NewsgraphException(
					"Cannot prepare the benchmark in " + settings.workDir() + ": " + ex.getMessage(), ex);
		}
		try {
			return run(documents, work);
		}
		catch (IOException ex) {
			throw new NewsgraphException("The benchmark failed in " + work + ": " + ex.getMessage(), ex);
		}
	}

	private BenchResult run(int documents, Path work) throws IOException {
		BenchResult.Builder result = new BenchResult.Builder(documents);
		step(result, "generating %,d documents", documents);
		List<GeneratedCorpus> generated = settings.streamed() > 0
				? CorpusGenerator.writeWithStream(documents, settings.streamed(), settings.seed(),
						work.resolve("corpus.jsonl"), work.resolve("stream.jsonl"))
				: List.of(CorpusGenerator.write(documents, settings.seed(), work.resolve("corpus.jsonl")));
		GeneratedCorpus corpus = generated.get(0);
		result.corpus(corpus, Files.size(corpus.path()));

		List<Path> seeds = Files.isDirectory(Path.of("seeds")) ? List.of(Path.of("seeds")) : List.of();
		String loads = seeds.isEmpty() ? "nothing" : "seeds";
		step(result, "serve's first answer on a new data folder and after a restart, loading %s behind the API", loads);
		FirstAnswer.Timing fresh = FirstAnswer.measure(work.resolve("first-start"), seeds);
		result.firstAnswer(fresh, FirstAnswer.measure(work.resolve("first-start"), seeds), loads);

		step(result, "parsing only");
		DocumentParser parser = new DocumentParser(IngestLimits.defaults());
		long started = System.nanoTime();
		long[] parsed = { 0 };
		parser.read(corpus.path(), document -> parsed[0]++, problem -> {
		});
		result.parse(parsed[0], System.nanoTime() - started);

		List<String> texts = titlesAndExcerpts(parser, corpus.path(), EMBEDDED_TEXTS);
		int cores = Runtime.getRuntime().availableProcessors();
		step(result, "sentence embeddings of %,d titles and excerpts, %d threads", texts.size(), cores);
		try (SentenceEncoder encoder = new SentenceEncoder(EMBEDDING_TOKENS, cores)) {
			encoder.encode(texts.subList(0, Math.min(texts.size(), 10 * cores)));
			started = System.nanoTime();
			encoder.encode(texts);
			result.embeddings(texts.size(), System.nanoTime() - started);
		}

		AdminImportFiles importFiles;
		try {
			Map<String, Object> serverSettings = new HashMap<>(embeddedIn(work.resolve("neo4j")));
			serverSettings.putAll(Map.of("micronaut.server.port", -1, "newsgraph.api.token", TOKEN,
					"newsgraph.api.upload-dir", work.resolve("uploads").toString()));
			// Measured as users run it, whatever the environment says (tests turn it
			// off).
			serverSettings.put("newsgraph.embeddings.enabled", true);
			try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, serverSettings)) {
				ApplicationContext context = server.getApplicationContext();
				Graph graph = context.getBean(Graph.class);

				long sample = Math.min(documents, settings.naiveSample());
				step(result, "naive baseline: %,d documents, one transaction each", sample);
				NaiveLoader naive = new NaiveLoader(graph, parser);
				Path naiveDocuments = NaiveLoader.sample(corpus.path(), sample, work.resolve("naive-sample.jsonl"));
				started = System.nanoTime();
				long naiveWritten = naive.load(naiveDocuments);
				result.naive(naiveWritten, System.nanoTime() - started);
				naive.clear();

				step(result, "loading into a fresh database");
				LoadReport load;
				long loadNanos;
				long peakHeap;
				try (PeakHeap heap = PeakHeap.watch()) {
					started = System.nanoTime();
					load = context.getBean(DocumentLoader.class).load(List.of(corpus.path()));
					loadNanos = System.nanoTime() - started;
					peakHeap = heap.bytes();
				}
				var size = graph.read(tx -> tx.run(GRAPH_SIZE.text()).single());
				result.load(load, loadNanos, size.get("nodes").asLong(), size.get("relationships").asLong(), peakHeap,
						folderSize(work.resolve("neo4j")));

				step(result, "writing the graph as CSV files for Neo4j's bulk importer");
				importFiles = AdminImportFiles.write(context.getBean(GraphDump.class), work.resolve("admin-import"));

				step(result, "loading the same documents again");
				started = System.nanoTime();
				LoadReport reload = context.getBean(DocumentLoader.class).load(List.of(corpus.path()));
				result.reload(reload.documentsUnchanged(), System.nanoTime() - started);

				step(result, "forming stories, organisations and campaigns");
				try (PeakHeap heap = PeakHeap.watch()) {
					started = System.nanoTime();
					context.getBean(GraphAnalysis.class).update(AnalysisProgress.Listener.NONE);
					result.cluster(System.nanoTime() - started, heap.bytes());
				}
				result
					.scores(context.getBean(StoryEvaluator.class).evaluate(StoryLabels.read(corpus.labels())).scores());

				String origin = server.getURL().toString();
				HttpClient http = HttpClient.newHttpClient();
				Map<String, String> reads = mainReads(http, origin, context.getBean(JsonMapper.class));
				step(result, "sentence vectors of every article and story, the main reads timed beside them");
				started = System.nanoTime();
				CompletableFuture<Optional<EmbeddingReport>> round = context.getBean(GraphEmbeddings.class)
					.embedInBackground(AnalysisProgress.Listener.NONE);
				Latencies beside = readWhile(round, http, origin, reads.values());
				result.embeddingRound(round.join().orElseThrow(), System.nanoTime() - started, beside);

				reads.putAll(searchReads(http, origin, context.getBean(JsonMapper.class)));
				step(result, "timing the main reads over HTTP, %d calls each", settings.calls());
				timeReads(result, http, origin, reads, context.getBean(ReadCache.class));

				if (generated.size() > 1) {
					GeneratedCorpus stream = generated.get(1);
					step(result, "a steady stream: %,d documents in batches of %d through POST /api/documents, %s",
							stream.documents(), settings.streamBatch(),
							ReadLoad.available() ? "wrk reading at " + STREAM_CONNECTIONS + " connections"
									: "no reads beside it: wrk is not installed (Debian package wrk)");
					stream(result, stream, origin, http, List.copyOf(reads.values()), context, work);
				}

				step(result, "forming every story again");
				try (PeakHeap heap = PeakHeap.watch()) {
					started = System.nanoTime();
					context.getBean(StoryClustering.class).recluster(AnalysisProgress.Listener.NONE);
					result.recluster(System.nanoTime() - started, heap.bytes());
				}
			}
			incrementalLoad(result, documents, work);
			step(result, "bulk import of %,d nodes and %,d relationships with neo4j-admin database import full",
					importFiles.nodes(), importFiles.relationships());
			result.bulkImport(importFiles, Neo4jImporter.run(importFiles.importArguments(),
					work.resolve("bulk-import/data"), work.resolve("bulk-import")));
			step(result, "load --bulk of the same %,d documents into a new data folder", documents);
			try (ApplicationContext bulk = ApplicationContext.run(embeddedIn(work.resolve("bulk-load")))) {
				result.bulkLoad(bulk.getBean(BulkLoader.class).load(List.of(corpus.path())));
			}
			step(result, "%,d documents done", documents);
		}
		finally {
			if (!settings.keep()) {
				deleteQuietly(work);
			}
		}
		return result.build();
	}

	/**
	 * The next {@code documents} documents of the news into a database that holds the
	 * first {@code documents}: a corpus and its continuation from one generator, the
	 * first loaded untimed into a database of their own, so that no other figure sees the
	 * larger graph.
	 */
	private void incrementalLoad(BenchResult.Builder result, int documents, Path work) {
		step(result, "loading the next %,d documents into a database holding %,d", documents, documents);
		List<GeneratedCorpus> corpus = CorpusGenerator.writeWithStream(documents, documents, settings.seed(),
				work.resolve("incremental-first.jsonl"), work.resolve("incremental-next.jsonl"));
		try (ApplicationContext context = ApplicationContext.run(embeddedIn(work.resolve("incremental-neo4j")))) {
			DocumentLoader loader = context.getBean(DocumentLoader.class);
			loader.load(List.of(corpus.get(0).path()));
			long started = System.nanoTime();
			LoadReport next = loader.load(List.of(corpus.get(1).path()));
			result.incrementalLoad(next.documentsLoaded(), System.nanoTime() - started);
		}
	}

	/**
	 * The first articles' title and excerpt, as the search by meaning would encode them.
	 */
	private static List<String> titlesAndExcerpts(DocumentParser parser, Path corpus, int count) {
		List<String> texts = new ArrayList<>();
		parser.read(corpus, document -> {
			if (texts.size() < count) {
				ArticleFacts article = document.main();
				texts.add(article.excerpt() == null ? article.title().value()
						: article.title().value() + ". " + article.excerpt().value());
			}
		}, problem -> {
		});
		return texts;
	}

	/** The embedded Neo4j in a folder of its own, on free ports, without a password. */
	private static Map<String, Object> embeddedIn(Path dataDir) {
		return Map.of("neo4j.uri", "", "newsgraph.embedded.data-dir", dataDir.toString(),
				"newsgraph.embedded.bolt-port", 0, "newsgraph.embedded.http-port", 0, "newsgraph.embedded.auth", false);
	}

	private static Map<String, String> mainReads(HttpClient http, String origin, JsonMapper json) throws IOException {
		JsonNode stories = json.readValue(get(http, origin + "/api/stories?size=20").body(), JsonNode.class);
		JsonNode outlets = json.readValue(get(http, origin + "/api/outlets?size=20").body(), JsonNode.class);
		String story = stories.get("items").get(0).get("id").getStringValue();
		String outlet = outlets.get("items").get(0).get("domain").getStringValue();
		Map<String, String> reads = new LinkedHashMap<>();
		reads.put("articles", "/api/articles?size=20");
		reads.put("article search", "/api/articles?text=council");
		reads.put("stories", "/api/stories?size=20");
		reads.put("story", "/api/stories/" + story);
		reads.put("outlets", "/api/outlets?size=20");
		reads.put("outlet", "/api/outlets/" + outlet);
		reads.put("similar outlets", "/api/outlets/" + outlet + "/similar");
		reads.put("network", "/api/network/outlets?maxNodes=200");
		return reads;
	}

	/** Searches of the three modes and "more like this", once the vectors are there. */
	private static Map<String, String> searchReads(HttpClient http, String origin, JsonMapper json) throws IOException {
		JsonNode articles = json.readValue(get(http, origin + "/api/articles?size=1").body(), JsonNode.class);
		String article = articles.get("items").get(0).get("id").getStringValue();
		Map<String, String> reads = new LinkedHashMap<>();
		for (String mode : List.of("hybrid", "text", "semantic")) {
			reads.put("search, " + mode, "/api/search?mode=" + mode + "&q=council+votes+on+new+housing+plans");
		}
		reads.put("similar articles", "/api/articles/" + article + "/similar?k=10");
		return reads;
	}

	/**
	 * The reads in turn, ten a second, until the work is done (once at least): what a
	 * user of the API meets meanwhile. Paced, since reads back to back would take a core
	 * of their own from the work they are timed beside.
	 */
	private static Latencies readWhile(CompletableFuture<?> work, HttpClient http, String origin,
			Collection<String> reads) throws IOException {
		Latencies latencies = new Latencies();
		do {
			for (String read : reads) {
				latencies.add(timed(http, origin + read));
				try {
					work.get(READ_PACE.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException stillWorking) {
					// The next read.
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new NewsgraphException("Interrupted while reading beside the embedding round", ex);
				}
				catch (ExecutionException failed) {
					return latencies;
				}
			}
		}
		while (!work.isDone());
		return latencies;
	}

	/**
	 * Each read timed twice over: worked out afresh (what was kept is forgotten before
	 * each call, as after a load) and answered from what was kept.
	 */
	private void timeReads(BenchResult.Builder result, HttpClient http, String origin, Map<String, String> reads,
			ReadCache kept) throws IOException {
		Map<String, Latencies> workedOut = new LinkedHashMap<>();
		Map<String, Latencies> answeredFromKept = new LinkedHashMap<>();
		for (Map.Entry<String, String> read : reads.entrySet()) {
			String url = origin + read.getValue();
			Latencies afresh = new Latencies();
			Latencies fromKept = new Latencies();
			for (int call = 0; call < 2 * settings.calls(); call++) {
				kept.clear();
				long time = timed(http, url);
				// The first half, untimed, warms the JIT and the page cache.
				if (call >= settings.calls()) {
					afresh.add(time);
				}
			}
			for (int call = 0; call < settings.calls(); call++) {
				fromKept.add(timed(http, url));
			}
			workedOut.put(read.getKey(), afresh);
			answeredFromKept.put(read.getKey(), fromKept);
		}
		result.reads(workedOut, answeredFromKept);
	}

	/**
	 * The stream uploaded while wrk, when installed, reads the main reads; each upload
	 * changes the graph, so the reads are a mix of kept answers and answers worked out
	 * afresh, as on a server that keeps receiving news.
	 */
	private void stream(BenchResult.Builder result, GeneratedCorpus stream, String origin, HttpClient http,
			List<String> reads, ApplicationContext context, Path work) throws IOException {
		SteadyStream uploads = new SteadyStream(http, origin, TOKEN, context.getBean(JsonMapper.class));
		ReadLoad readLoad = ReadLoad.available() ? ReadLoad.start(origin, reads, STREAM_CONNECTIONS, work) : null;
		long started = System.nanoTime();
		Latencies batches = uploads.upload(stream.path(), settings.streamBatch());
		long nanos = System.nanoTime() - started;
		result.stream(stream.documents(), settings.streamBatch(), batches, nanos,
				readLoad == null ? null : readLoad.stop());
	}

	/**
	 * @return how long the call took, in nanoseconds
	 */
	private static long timed(HttpClient http, String url) throws IOException {
		long started = System.nanoTime();
		HttpResponse<String> response = get(http, url);
		if (response.statusCode() != 200) {
			throw new NewsgraphException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return System.nanoTime() - started;
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws IOException {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while timing " + url, ex);
		}
	}

	/**
	 * Says what comes next, after the figures measured since the last step, so that a
	 * long run that is stopped still leaves them.
	 */
	private void step(BenchResult.Builder result, String what, Object... arguments) {
		result.measuredSinceLastCall().forEach((name, value) -> log.printf("bench:   %s = %s%n", name, value));
		log.printf("bench: " + what + "%n", arguments);
		log.flush();
	}

	private static long folderSize(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static void deleteQuietly(Path folder) {
		// Deepest first, so that every folder is empty when its turn comes.
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// A temporary folder left behind is not worth failing a finished run for.
		}
	}

}
