package org.newsgraph.analysis.embeddings;

import java.nio.charset.StandardCharsets;

import org.newsgraph.ingest.Sha256;

/**
 * What of an article is encoded: its title and excerpt, the words a reader sees in a list
 * of results. A vector is kept with the hash of this text, so a text seen again is never
 * encoded again.
 */
record ArticleText(String text) {

	static ArticleText of(String title, String excerpt) {
		return new ArticleText((title.strip() + "\n" + excerpt.strip()).strip());
	}

	boolean isEmpty() {
		return text.isEmpty();
	}

	String hash() {
		return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
