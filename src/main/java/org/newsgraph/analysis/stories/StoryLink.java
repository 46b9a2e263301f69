package org.newsgraph.analysis.stories;

/**
 * Evidence that two articles tell the same story, written as {@code SIMILAR_TO} from the
 * earlier article to the later one.
 *
 * @param score the link score: text similarity, raised by related-list and image links,
 * lowered by the time between them; a story link from the configured threshold on
 * @param cosine TF-IDF cosine similarity of title and excerpt
 * @param jaccard MinHash estimate of the Jaccard similarity of their word pairs
 * @param days days between their publication, null when one is undated
 * @param method {@code minhash} for copies of one text, {@code tfidf} for rewrites
 * @param syndicated a copy under another outlet: probably agency or syndicated text
 */
record StoryLink(String from, String to, double score, double cosine, double jaccard, Double days, String method,
		boolean syndicated) {
}
