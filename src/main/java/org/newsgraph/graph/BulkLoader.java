package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ingest.DefinitionSettings;
import org.newsgraph.ingest.DocumentFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A first load of many documents into an empty embedded database, at the speed of Neo4j's
 * own importer: the documents are parsed as for any load, their rows folded on disk into
 * the graph a load through Cypher would write ({@link ImportedGraph}), the importer
 * builds the store from them, and the schema is made in one step. Provenance,
 * {@code sources} and content hashes are as after any load, so later loads are
 * incremental as usual.
 */
@Singleton
public final class BulkLoader {

	private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

	private static final CypherStatement AWAIT_INDEXES = CypherStatement.load("admin/await-indexes");

	private static final int INDEX_WAIT_SECONDS = 3600;

	private final DocumentBatches batches;

	private final LoadSettings settings;

	private final Neo4jSettings neo4j;

	private final EmbeddedNeo4jSettings embedded;

	private final Set<Path> definitionFiles;

	/**
	 * Resolved only once the importer is done: Neo4j must not have the store open before.
	 */
	private final BeanProvider<Driver> driver;

	private final BeanProvider<Graph> graph;

	BulkLoader(DocumentBatches batches, LoadSettings settings, Neo4jSettings neo4j, EmbeddedNeo4jSettings embedded,
			DefinitionSettings definitions, BeanProvider<Driver> driver, BeanProvider<Graph> graph) {
		this.batches = batches;
		this.settings = settings;
		this.neo4j = neo4j;
		this.embedded = embedded;
		this.definitionFiles = definitions.files();
		this.driver = driver;
		this.graph = graph;
	}

	/**
	 * Whether a load of these paths pays to take the bulk path: the database is embedded
	 * and has no store yet, and the paths hold more documents than the threshold (a JSON
	 * Lines file counts its lines, any other file one). An existing store is not opened
	 * to see whether it is empty, which would cost every big incremental load a start of
	 * Neo4j; {@code --bulk} does that.
	 */
	public boolean pays(List<Path> roots) {
		return !neo4j.external() && !EmbeddedNeo4j.hasStore(embedded) && holdMoreThanTheThreshold(roots);
	}

	/**
	 * @throws BulkLoadRefusedException when the database is external or holds data
	 * @throws NewsgraphException when a named path does not exist (nothing is loaded
	 * then)
	 */
	public LoadReport load(List<Path> roots) {
		return load(roots, LoadProgress.Listener.NONE);
	}

	/**
	 * @param listener told after every file and every batch parsed how far the load has
	 * got
	 * @throws BulkLoadRefusedException when the database is external or holds data
	 * @throws NewsgraphException when a named path does not exist (nothing is loaded
	 * then)
	 */
	public LoadReport load(List<Path> roots, LoadProgress.Listener listener) {
		if (neo4j.external()) {
			throw new BulkLoadRefusedException("--bulk builds the embedded database's store with Neo4j's importer; "
					+ "it cannot write the store of the server at " + neo4j.uri() + ". Load without --bulk.");
		}
		Path dataDir = embedded.dataDir().toAbsolutePath().normalize();
		if (EmbeddedNeo4j.holdsData(embedded)) {
			throw new BulkLoadRefusedException("--bulk builds a new store, and the embedded database in " + dataDir
					+ " already holds data. Load without --bulk to add to it, or set NEWSGRAPH_DATA_DIR to a new folder.");
		}
		DocumentFiles.existing(roots);
		long started = System.nanoTime();
		Path work = workFolder(dataDir);
		OffsetDateTime loadedAt = OffsetDateTime.now(ZoneOffset.UTC);
		LoadReport parsed;
		ImportedGraph.ImportFiles files;
		try (ImportedGraph imported = new ImportedGraph(work, loadedAt, Runtime.getRuntime().maxMemory() / 8)) {
			parsed = batches.load(roots, listener, batch -> {
				imported.add(WriteBatch.of(batch, loadedAt));
				return new GraphWriter.BatchOutcome(batch, 0);
			});
			LOG.info("{} documents parsed; writing the importer's files", parsed.documentsLoaded());
			files = imported.write(work.resolve("csv"));
		}
		LOG.info("Importing {} nodes and {} relationships with Neo4j's importer", files.nodes(), files.relationships());
		Neo4jImporter.run(files.arguments(), dataDir, work);
		keepImportLog(work, dataDir);
		deleteQuietly(work);
		LOG.info("Making the schema of the imported store");
		SchemaMigrations.applyToImportedStore(driver.get(), neo4j.database());
		awaitIndexes();
		graph.get();
		return new LoadReport(parsed.documentsRead(), parsed.documentsLoaded(), 0, parsed.documentsRejected(),
				parsed.rejected(), parsed.textsCleaned(), parsed.unknownKeys(), files.nodes(), files.relationships(),
				files.properties(), Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * Counts only as far as the threshold: the load reads every document anyway, and a
	 * million lines need not be counted to know they are more than ten thousand.
	 */
	private boolean holdMoreThanTheThreshold(List<Path> roots) {
		long documents = 0;
		try (Stream<Path> files = DocumentFiles.under(DocumentFiles.existing(roots), definitionFiles)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				documents += documentsIn(file, settings.bulkThreshold() + 1 - documents);
				if (documents > settings.bulkThreshold()) {
					return true;
				}
			}
		}
		return false;
	}

	private static long documentsIn(Path file, long atMost) {
		if (!file.getFileName().toString().endsWith(".jsonl")) {
			return 1;
		}
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter(line -> !line.isBlank()).limit(atMost).count();
		}
		catch (IOException | UncheckedIOException ex) {
			// The load itself reports the file.
			return 1;
		}
	}

	private void awaitIndexes() {
		try (Session schema = driver.get().session(neo4j.sessionConfig())) {
			schema.run(AWAIT_INDEXES.text(), Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
		}
	}

	/** What the importer said, for whoever wonders how the store was built. */
	private static void keepImportLog(Path work, Path dataDir) {
		try {
			Files.move(work.resolve(Neo4jImporter.LOG), dataDir.resolve("bulk-import.log"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			LOG.warn("Could not keep the importer's log: {}", ex.getMessage());
		}
	}

	/** In the data folder: the rows and files can be as large as the store. */
	private static Path workFolder(Path dataDir) {
		try {
			return Files.createTempDirectory(Files.createDirectories(dataDir), "bulk-load-");
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot make a work folder in " + dataDir + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			LOG.warn("Could not delete the bulk load's work folder {}: {}", folder, ex.getMessage());
		}
	}

}
