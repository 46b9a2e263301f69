package org.newsgraph.query;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a search query that carry its meaning, and how many of them a text holds.
 * Lucene's match of a query is any of its words: an article holding one common word of a
 * query put in other words than its own ("police", "face") would otherwise count as much
 * as one holding them all.
 */
final class QueryWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Words that say nothing of what is looked for, and Lucene's operators. */
	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
			"how", "in", "into", "is", "it", "its", "not", "of", "on", "or", "that", "the", "their", "this", "to",
			"was", "were", "what", "who", "with");

	private final Set<String> words;

	QueryWords(String query) {
		this.words = words(query).stream().filter(word -> !STOP_WORDS.contains(word)).collect(Collectors.toSet());
	}

	/** The share of the query's words that the text holds, 0 to 1. */
	double coverage(String text) {
		if (words.isEmpty()) {
			return 0;
		}
		Set<String> held = words(text);
		return words.stream().filter(held::contains).count() / (double) words.size();
	}

	private static Set<String> words(String text) {
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		return matcher.results().map(match -> match.group()).collect(Collectors.toSet());
	}

}
