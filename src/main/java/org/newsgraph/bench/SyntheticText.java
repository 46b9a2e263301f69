package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Words for synthetic headlines and excerpts: a story is told with a few rare words of
 * its own among common news words, as real coverage of one event shares its names and
 * places while sharing its grammar with every other story.
 */
final class SyntheticText {

	private static final String[] COMMON = { "the", "council", "police", "report", "says", "new", "plans", "over",
			"after", "calls", "for", "ban", "on", "use", "of", "technology", "campaigners", "warn", "government",
			"data", "privacy", "court", "rules", "against", "faces", "questions", "about", "local", "city", "officials",
			"announce", "review", "system", "cameras", "public", "concerns", "rise", "as", "with", "from", "into",
			"launch", "trial", "company", "deal", "million", "week", "year", "first", "amid" };

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ren", "tas", "vor", "bel", "dun", "gri", "hal",
			"jen", "kor", "lum", "nax", "pel", "quor", "ris", "sul", "tev", "ul", "vin", "wex", "yar", "zol", "ba",
			"cre", "dor", "fen", "gal", "hux" };

	private SyntheticText() {
	}

	/** A name nobody else in the corpus is likely to use: three syllables of 30. */
	static String rareWord(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	/**
	 * A word of one event only: four syllables of 30, so that a million stories hardly
	 * ever draw one twice (three syllables gave 27,000 words, and stories that were meant
	 * to share nothing shared them).
	 */
	static String eventWord(SplittableRandom random) {
		return rareWord(random) + SYLLABLES[random.nextInt(SYLLABLES.length)];
	}

	static List<String> eventWords(SplittableRandom random, int count) {
		List<String> words = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			words.add(eventWord(random));
		}
		return words;
	}

	/** A name: written capitalised wherever it stands, as names are. */
	static String name(String word) {
		return capitalised(word);
	}

	/**
	 * The story's words, in an order of the writer's own, with the writer's other words
	 * between.
	 */
	static String headline(SplittableRandom random, List<String> storyWords, Supplier<String> filler) {
		StringBuilder title = new StringBuilder();
		List<String> shuffled = new ArrayList<>(storyWords);
		for (int i = shuffled.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			shuffled.set(j, shuffled.set(i, shuffled.get(j)));
		}
		for (String word : shuffled.subList(0, Math.min(4, shuffled.size()))) {
			title.append(capitalised(word)).append(' ').append(filler.get()).append(' ');
		}
		return title.append(filler.get()).toString().strip();
	}

	/** About 250 characters: every story word once, in a sentence of other words. */
	static String excerpt(List<String> storyWords, Supplier<String> filler) {
		StringBuilder text = new StringBuilder(capitalised(filler.get()));
		for (String word : storyWords) {
			text.append(' ').append(filler.get()).append(' ').append(filler.get()).append(' ').append(word);
		}
		while (text.length() < 220) {
			text.append(' ').append(filler.get());
		}
		return text.append('.').toString();
	}

	/** Wire copy under another desk's headline: one word swapped, the rest kept. */
	static String edited(SplittableRandom random, String headline, Supplier<String> filler) {
		String[] words = headline.split(" ");
		words[random.nextInt(words.length)] = filler.get();
		return String.join(" ", words);
	}

	/** A word of the grammar and stock phrases every story shares. */
	static String common(SplittableRandom random) {
		return COMMON[random.nextInt(COMMON.length)];
	}

	private static String capitalised(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

}
