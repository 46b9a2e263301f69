package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed document: where it came from (absolute path and SHA-256 of its bytes), its
 * main article with the document's topics, and the articles it lists as related.
 *
 * @param record the number of the record in a JSON or JSON Lines file (its line, for JSON
 * Lines); 0 when the document is the whole file
 * @param unknownKeys where the document has keys the loader does not know (e.g.
 * {@code related[2].foo}); their values are kept as JSON on the nodes they belong to
 */
public record NewsDocument(Path path, int record, String sha256, ArticleFacts main, List<String> topics,
		List<ArticleFacts> related, String secured, List<String> unknownKeys) {

	/**
	 * Between a file and a record number in {@link #source()}:
	 * {@code /data/news.jsonl#12}.
	 */
	public static final String RECORD_SEPARATOR = "#";

	public NewsDocument {
		topics = List.copyOf(topics);
		related = List.copyOf(related);
		unknownKeys = List.copyOf(unknownKeys);
	}

	/**
	 * Where the document came from: its file, with {@code #record} for one record of a
	 * multi-record file.
	 */
	public String source() {
		return record == 0 ? path.toString() : path + RECORD_SEPARATOR + record;
	}

	public int textsCleaned() {
		return main.textsCleaned() + related.stream().mapToInt(ArticleFacts::textsCleaned).sum();
	}

}
