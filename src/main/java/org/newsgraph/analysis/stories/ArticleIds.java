package org.newsgraph.analysis.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for the articles of a round, so that what a round holds for all of them (its
 * strong links, its components) is arrays of numbers: the round holds one window's
 * features at a time, and only these for the whole corpus.
 */
final class ArticleIds {

	private final Map<String, Integer> numbers = new HashMap<>();

	private final List<String> ids = new ArrayList<>();

	/** The article's number, given it at its first mention. */
	int number(String id) {
		Integer number = numbers.get(id);
		if (number == null) {
			number = ids.size();
			numbers.put(id, number);
			ids.add(id);
		}
		return number;
	}

	/** The article's number, or -1 when it has none. */
	int find(String id) {
		return numbers.getOrDefault(id, -1);
	}

	String id(int number) {
		return ids.get(number);
	}

	int size() {
		return ids.size();
	}

}
