package org.newsgraph.analysis.stories;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What tells one event from another of the same kind: the names an article's title and
 * excerpt give (people, companies, places, acronyms) and its figures (amounts, counts,
 * model numbers). Two firms' press releases of one kind share their words but not the
 * firms' names; two bankruptcy filings on one day share everything but the companies.
 *
 * @param names the names, as keys (lower case, accents folded)
 * @param figures numbers with at least two digits, years left out: they describe the
 * event ("$3.5 million", "14,000 flights") but a year is shared by everything told that
 * year
 */
record ArticleNames(Set<String> names, Set<String> figures) {

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

	static ArticleNames of(NameWords title, NameWords excerpt, Capitalisation capitalisation) {
		Set<String> names = new HashSet<>();
		Set<String> figures = new HashSet<>();
		for (NameWords text : new NameWords[] { title, excerpt }) {
			for (NameWords.Word word : text.words()) {
				if (word.hasDigit()) {
					if (isFigure(word.key())) {
						figures.add(word.key());
					}
				}
				else if (isName(word, text.titleCase(), capitalisation)) {
					names.add(word.key());
				}
			}
		}
		return new ArticleNames(Set.copyOf(names), Set.copyOf(figures));
	}

	/**
	 * A short acronym is a name wherever it stands. A capitalised word is one inside a
	 * sentence of running text unless the round's texts write it in lower case; first in
	 * a sentence or in a title-case headline, only if they capitalise it inside
	 * sentences. Stop words ("The", "And") never are.
	 */
	private static boolean isName(NameWords.Word word, boolean titleCase, Capitalisation capitalisation) {
		if (!word.capitalised() || ArticleTerms.isStopWord(word.key())) {
			return false;
		}
		if (word.allCapitals() && word.key().length() <= 5) {
			return true;
		}
		return word.sentenceStart() || titleCase ? capitalisation.isKnownName(word.key())
				: capitalisation.isName(word.key());
	}

	private static boolean isFigure(String key) {
		long digits = key.chars().filter(Character::isDigit).count();
		boolean year = YEAR.matcher(key).matches();
		return digits >= 2 && !year;
	}

	/**
	 * Whether the two articles name different things: both give names, and they share
	 * neither a name nor a figure.
	 */
	boolean contradicts(ArticleNames other) {
		return !names.isEmpty() && !other.names.isEmpty() && Collections.disjoint(names, other.names)
				&& Collections.disjoint(figures, other.figures);
	}

}
