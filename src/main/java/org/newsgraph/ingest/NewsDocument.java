package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed document: where it came from (absolute path and SHA-256 of its bytes), its
 * main article with the document's topics, and the articles it lists as related.
 */
public record NewsDocument(Path path, String sha256, ArticleFacts main, List<String> topics, List<ArticleFacts> related,
		String secured) {

	public NewsDocument {
		topics = List.copyOf(topics);
		related = List.copyOf(related);
	}
}
