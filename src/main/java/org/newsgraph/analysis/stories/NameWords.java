package org.newsgraph.analysis.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as written, case kept, with where each stands: first in its
 * sentence or not. Whether a capitalised word is a name can only be told away from the
 * start of a sentence, where capitals are not the grammar's.
 *
 * @param words in text order
 * @param titleCase whether the text capitalises its words whatever they are, as many
 * headlines do ("Orlando Bloom And Miranda Kerr Split"), so that its capitals say nothing
 */
record NameWords(List<Word> words, boolean titleCase) {

	private static final Pattern WORD = Pattern
		.compile("[\\p{L}\\p{Nd}$£€](?:[\\p{L}\\p{Nd}.,'’&-]*[\\p{L}\\p{Nd}%])?|[.!?:;\"“”|(\\[]");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"“”|(\\[]");

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

	private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{Nd}]+|[^\\p{L}\\p{Nd}]+$");

	/** Words that long are seldom capitalised in running text unless they are names. */
	private static final int LONG_WORD = 4;

	/**
	 * @param text as written
	 * @param key lower case, accents folded, possessive and outer punctuation removed
	 * @param sentenceStart first in its sentence, or after a colon or quotation mark
	 */
	record Word(String text, String key, boolean sentenceStart) {

		boolean capitalised() {
			return Character.isUpperCase(text.codePointAt(0));
		}

		boolean allCapitals() {
			return text.chars().filter(Character::isLetter).count() >= 2
					&& text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
		}

		boolean hasDigit() {
			return text.chars().anyMatch(Character::isDigit);
		}

		boolean lowerCase() {
			return Character.isLowerCase(text.codePointAt(0));
		}

	}

	static NameWords of(String text) {
		List<Word> words = new ArrayList<>();
		if (text == null) {
			return new NameWords(words, false);
		}
		Matcher matcher = WORD.matcher(text);
		boolean sentenceStart = true;
		while (matcher.find()) {
			String token = matcher.group();
			if (SENTENCE_END.matcher(token).matches()) {
				sentenceStart = true;
				continue;
			}
			String key = key(token);
			if (!key.isEmpty()) {
				words.add(new Word(token, key, sentenceStart));
			}
			sentenceStart = false;
		}
		return new NameWords(List.copyOf(words), titleCase(words));
	}

	/**
	 * More than half of the long words inside sentences capitalised: no running text does
	 * that, a title-case headline does.
	 */
	private static boolean titleCase(List<Word> words) {
		long inside = 0;
		long capitalised = 0;
		for (Word word : words) {
			if (!word.sentenceStart() && word.key().length() >= LONG_WORD && !word.hasDigit()) {
				inside++;
				if (word.capitalised()) {
					capitalised++;
				}
			}
		}
		return inside > 0 && capitalised * 2 > inside;
	}

	static String key(String token) {
		String folded = ACCENTS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT);
		if (folded.endsWith("'s")) {
			folded = folded.substring(0, folded.length() - 2);
		}
		return OUTER_PUNCTUATION.matcher(folded).replaceAll("").replace(",", "");
	}

}
