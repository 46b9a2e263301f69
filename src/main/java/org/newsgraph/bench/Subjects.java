package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the stories of a generated corpus are about. Real articles of different events are
 * topical neighbours: they share a subject's words ("facial", "recognition", "police"),
 * the names that subject keeps in the news, and on a busy day whole events of one kind
 * (two firms' results, two bankruptcies) that differ only in their names. A story here
 * takes a few words of its subject's vocabulary, a word and a name of its own, and
 * sometimes one of its subject's recurring names; now and then it is another event of the
 * kind of the story before it. How often each happens was calibrated so that each
 * article's best link score to another story is spread as on the real development labels
 * (BENCHMARKS.md, "Topical neighbours").
 */
final class Subjects {

	/** Subjects, from a long tail: a few are in the news every day. */
	static final int SUBJECTS = 500;

	/**
	 * Words of each subject's own. With the general words, 18,000 of the 27,000 words of
	 * three syllables: no more, or drawing distinct ones takes long.
	 */
	static final int SUBJECT_WORDS = 30;

	/** Words of its subject's a story's kind of event is told with. */
	static final int KIND_WORDS = 2;

	/** Names each subject keeps in the news, from a long tail. */
	static final int RECURRING_NAMES = 20;

	/** Stories that give one of their subject's recurring names besides their own. */
	static final double RECURRING_NAME_SHARE = 0.25;

	/** Stories that are another event of the kind of the story before them. */
	static final double SAME_KIND = 0.05;

	/** The general vocabulary of news, shared by every subject. */
	static final int GENERAL_WORDS = 3000;

	/**
	 * Words between a story's own that come from the general vocabulary, not the grammar.
	 */
	static final double GENERAL_SHARE = 0.8;

	private final SplittableRandom random;

	private final List<String> general;

	private final LongTail generalRanks;

	private final Set<String> drawn = new HashSet<>();

	private final List<List<String>> vocabularies = new ArrayList<>();

	private final List<List<String>> names = new ArrayList<>();

	private final LongTail subjects;

	private final LongTail recurring;

	private int previousSubject = -1;

	private List<String> previousKind;

	Subjects(SplittableRandom random) {
		this.random = random;
		this.general = distinctWords(GENERAL_WORDS);
		this.generalRanks = new LongTail(GENERAL_WORDS, random.split());
		for (int i = 0; i < SUBJECTS; i++) {
			vocabularies.add(distinctWords(SUBJECT_WORDS));
			names.add(SyntheticText.eventWords(random, RECURRING_NAMES).stream().map(SyntheticText::name).toList());
		}
		this.subjects = new LongTail(SUBJECTS, random.split());
		this.recurring = new LongTail(RECURRING_NAMES, random.split());
	}

	/**
	 * The words of a new story: its subject's words for its kind of event, a word and a
	 * name of its own (written capitalised, so the clustering reads it as a name), and
	 * sometimes a name its subject keeps in the news.
	 */
	List<String> storyWords() {
		if (previousKind == null || random.nextDouble() >= SAME_KIND) {
			previousSubject = subjects.draw();
			previousKind = pick(vocabularies.get(previousSubject), KIND_WORDS);
		}
		List<String> words = new ArrayList<>(previousKind);
		words.add(SyntheticText.eventWord(random));
		words.add(SyntheticText.name(SyntheticText.eventWord(random)));
		if (random.nextDouble() < RECURRING_NAME_SHARE) {
			words.add(names.get(previousSubject).get(recurring.draw()));
		}
		return words;
	}

	/**
	 * A word between the story's own: a word of the grammar every story shares, or one of
	 * the general vocabulary of news, where a few words are frequent and most are rare.
	 */
	String filler() {
		return random.nextDouble() < GENERAL_SHARE ? general.get(generalRanks.draw()) : SyntheticText.common(random);
	}

	/**
	 * Words no other list of the corpus has: a subject's words are its own, and no
	 * general word is one of them.
	 */
	private List<String> distinctWords(int count) {
		List<String> words = new ArrayList<>(count);
		while (words.size() < count) {
			String word = SyntheticText.rareWord(random);
			if (drawn.add(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private List<String> pick(List<String> vocabulary, int count) {
		List<String> left = new ArrayList<>(vocabulary);
		List<String> picked = new ArrayList<>(count);
		for (int i = 0; i < count && !left.isEmpty(); i++) {
			picked.add(left.remove(random.nextInt(left.size())));
		}
		return picked;
	}

}
