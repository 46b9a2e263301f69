package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.newsgraph.NewsgraphException;

/**
 * News that keeps arriving: documents uploaded in batches through
 * {@code POST /api/documents}, one batch after another. An upload answers once its
 * documents are loaded and the stories they change are formed, so each batch's time is
 * the time until its stories exist.
 */
final class SteadyStream {

	private static final String JSON_LINES = "application/x-ndjson";

	private final HttpClient http;

	private final URI documents;

	private final String token;

	private final JsonMapper json;

	SteadyStream(HttpClient http, String origin, String token, JsonMapper json) {
		this.http = http;
		this.documents = URI.create(origin + "/api/documents");
		this.token = token;
		this.json = json;
	}

	/**
	 * @param stream JSON Lines, one document a line
	 * @return each batch's time, from sending it to its answer
	 */
	Latencies upload(Path stream, int batchSize) throws IOException {
		Latencies batches = new Latencies();
		try (BufferedReader lines = Files.newBufferedReader(stream, StandardCharsets.UTF_8)) {
			StringBuilder batch = new StringBuilder();
			int inBatch = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				batch.append(line).append('\n');
				if (++inBatch == batchSize) {
					batches.add(send(batch.toString(), inBatch));
					batch.setLength(0);
					inBatch = 0;
				}
			}
			if (inBatch > 0) {
				batches.add(send(batch.toString(), inBatch));
			}
		}
		return batches;
	}

	/**
	 * @return how long the upload took, in nanoseconds
	 */
	private long send(String batch, int documentsSent) throws IOException {
		HttpRequest upload = HttpRequest.newBuilder(documents)
			.header("Content-Type", JSON_LINES)
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(batch))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = http.send(upload, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while uploading a batch", ex);
		}
		long took = System.nanoTime() - started;
		if (response.statusCode() != 200) {
			throw new NewsgraphException("An upload answered " + response.statusCode() + ": " + response.body());
		}
		JsonNode load = json.readValue(response.body(), JsonNode.class).get("load");
		long loaded = load.get("documentsLoaded").getLongValue();
		if (loaded != documentsSent) {
			throw new NewsgraphException(
					"An upload of " + documentsSent + " documents loaded " + loaded + ": " + response.body());
		}
		return took;
	}

}
