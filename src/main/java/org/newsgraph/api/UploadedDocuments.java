package org.newsgraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import org.newsgraph.NewsgraphException;

/**
 * Keeps each uploaded document as a file named after its content, so that it is loaded
 * like any other file, with the same provenance; the same upload twice is the same file,
 * and loading it again changes nothing.
 */
@Singleton
final class UploadedDocuments {

	static final String MARKDOWN = "text/markdown";

	static final String YAML = "application/yaml";

	static final String JSON_LINES = "application/x-ndjson";

	/** The loader tells formats apart by file extension. */
	private static final Map<String, String> EXTENSIONS = Map.of(MARKDOWN, "md", MediaType.TEXT_PLAIN, "md", YAML,
			"yaml", MediaType.APPLICATION_JSON, "json", JSON_LINES, "jsonl");

	private final Path folder;

	UploadedDocuments(ApiSettings settings) {
		this.folder = settings.uploadDir().toAbsolutePath().normalize();
	}

	/** Writes the bytes in full before they get their name, so no half file is loaded. */
	Path store(byte[] content, MediaType type) {
		String extension = EXTENSIONS.get(type.getName().toLowerCase(Locale.ROOT));
		Path file = folder.resolve(Fingerprint.of(content).substring(0, 32) + "." + extension);
		try {
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, "upload", ".partial");
			Files.write(partial, content);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return file;
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot keep the uploaded document in " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/** A document that was refused is not kept. */
	void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot remove the refused upload " + file + ": " + ex.getMessage(), ex);
		}
	}

}
