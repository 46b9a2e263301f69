package org.newsgraph.analysis.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How the articles of a round write each word inside sentences of running text:
 * capitalised or in lower case. A word that the same news writes in lower case is no name
 * ("Weather", "Prompts" in a title-case headline), one it capitalises is (Mikheev, ACL
 * 1999: the case of a word elsewhere in the corpus tells names from common words, with no
 * dictionary or model). Title-case texts count only their lower-case words, since their
 * capitals say nothing.
 */
final class Capitalisation {

	private static final int CAPITALISED = 0;

	private static final int LOWER_CASE = 1;

	private final Map<String, int[]> counts = new HashMap<>();

	static Capitalisation of(Collection<StoryArticle> articles) {
		Capitalisation capitalisation = new Capitalisation();
		articles.forEach(article -> capitalisation.count(article.title(), article.excerpt()));
		return capitalisation;
	}

	void count(String title, String excerpt) {
		count(NameWords.of(title));
		count(NameWords.of(excerpt));
	}

	void count(ParsedText text) {
		count(text.titleWords());
		count(text.excerptWords());
	}

	private void count(NameWords text) {
		for (NameWords.Word word : text.words()) {
			if (word.sentenceStart() || word.hasDigit()) {
				continue;
			}
			if (word.lowerCase()) {
				counts.computeIfAbsent(word.key(), any -> new int[2])[LOWER_CASE]++;
			}
			else if (!text.titleCase() && word.capitalised()) {
				counts.computeIfAbsent(word.key(), any -> new int[2])[CAPITALISED]++;
			}
		}
	}

	/**
	 * Whether a capitalised word inside a sentence of running text is a name: never
	 * written in lower case, or capitalised at least as often.
	 */
	boolean isName(String key) {
		int[] seen = counts.get(key);
		return seen == null || seen[CAPITALISED] >= seen[LOWER_CASE];
	}

	/**
	 * Whether a word whose capital says nothing (first in a sentence, or in a title-case
	 * headline) is a name: the round's running text capitalises it inside sentences, at
	 * least as often as not.
	 */
	boolean isKnownName(String key) {
		int[] seen = counts.get(key);
		return seen != null && seen[CAPITALISED] > 0 && seen[CAPITALISED] >= seen[LOWER_CASE];
	}

}
