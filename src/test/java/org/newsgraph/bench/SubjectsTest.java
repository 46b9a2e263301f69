package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SubjectsTest {

	@Test
	void aStoryGivesWordsOfItsSubjectAndAWordAndANameOfItsOwn() {
		List<String> words = new Subjects(new SplittableRandom(1)).storyWords();

		assertThat(words).hasSizeBetween(Subjects.KIND_WORDS + 2, Subjects.KIND_WORDS + 3);
		assertThat(words.subList(0, Subjects.KIND_WORDS + 1)).allMatch(word -> Character.isLowerCase(word.charAt(0)));
		assertThat(words.get(Subjects.KIND_WORDS + 1).charAt(0)).isUpperCase();
	}

	/**
	 * Topical neighbours: words of a subject and recurring names come back in other
	 * stories; a story's own word and name hardly ever (one in 810,000 words).
	 */
	@Test
	void subjectWordsAndRecurringNamesRecurAcrossStoriesButAStorysOwnWordsHardlyEver() {
		Subjects subjects = new Subjects(new SplittableRandom(2));
		Map<String, Integer> stories = new HashMap<>();
		List<String> own = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			List<String> words = subjects.storyWords();
			words.forEach(word -> stories.merge(word, 1, Integer::sum));
			own.addAll(words.subList(Subjects.KIND_WORDS, Subjects.KIND_WORDS + 2));
		}

		assertThat(own.size() - own.stream().distinct().count()).isLessThan(own.size() / 50);
		long sharedWords = stories.entrySet()
			.stream()
			.filter(word -> Character.isLowerCase(word.getKey().charAt(0)) && word.getValue() > 1)
			.count();
		long recurringNames = stories.entrySet()
			.stream()
			.filter(word -> Character.isUpperCase(word.getKey().charAt(0)) && word.getValue() > 1)
			.count();
		assertThat(sharedWords).isGreaterThan(1_000);
		assertThat(recurringNames).isGreaterThan(100);
	}

	@Test
	void theSameSeedGivesTheSameStoriesAndFillers() {
		Subjects first = new Subjects(new SplittableRandom(3));
		Subjects second = new Subjects(new SplittableRandom(3));

		for (int i = 0; i < 100; i++) {
			assertThat(first.storyWords()).isEqualTo(second.storyWords());
			assertThat(first.filler()).isEqualTo(second.filler());
		}
	}

}
