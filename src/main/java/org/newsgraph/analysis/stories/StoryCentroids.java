package org.newsgraph.analysis.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps in each story only the members that resemble the rest of it as a whole. Links
 * join articles pair by pair, so a short headline sharing one common word with a few
 * members of a large story ("Money to Burn" with the best-paid musicians) stays in it
 * although it resembles the story as a whole far less than its members do. Published
 * systems join an article to a story by its similarity to the story's centroid for this
 * reason (Miranda et al., EMNLP 2018).
 */
final class StoryCentroids {

	/** A pair is held together by its link alone: there is no rest to compare with. */
	private static final int SMALLEST_CHECKED = 3;

	private final double floor;

	/**
	 * @param floor the least cosine of a member's words with the summed words of the
	 * story's other members
	 */
	StoryCentroids(double floor) {
		this.floor = floor;
	}

	/**
	 * The stories without their misfits, each misfit a story of its own. Misfits leave
	 * together, then the story is looked at again, since they weighed in its centroid.
	 * @param features of every member
	 */
	Collection<List<String>> keepFitting(Collection<List<String>> stories, Map<String, ArticleFeatures> features) {
		if (floor <= 0) {
			return stories;
		}
		List<List<String>> kept = new ArrayList<>();
		for (List<String> story : stories) {
			List<String> members = story;
			Set<String> misfits = misfits(members, features);
			while (!misfits.isEmpty()) {
				misfits.forEach(misfit -> kept.add(List.of(misfit)));
				Set<String> leaving = misfits;
				members = members.stream().filter(member -> !leaving.contains(member)).toList();
				misfits = misfits(members, features);
			}
			kept.add(members);
		}
		return kept;
	}

	/**
	 * A member's cosine with the rest is computed from the whole story's sum, without
	 * summing the rest for every member: |S − m|² = |S|² − 2 m·S + |m|².
	 */
	private Set<String> misfits(List<String> members, Map<String, ArticleFeatures> features) {
		if (members.size() < SMALLEST_CHECKED) {
			return Set.of();
		}
		Map<String, Double> summed = new HashMap<>();
		members.forEach(member -> features.get(member)
			.vector()
			.forEach((stem, weight) -> summed.merge(stem, weight, Double::sum)));
		TermVector sum = TermVector.of(summed);
		double sumSquared = sum.dot(sum);
		Set<String> misfits = new LinkedHashSet<>();
		for (String member : members) {
			TermVector vector = features.get(member).vector();
			double withSum = vector.dot(sum);
			double own = vector.dot(vector);
			double rest = Math.sqrt(Math.max(sumSquared - 2 * withSum + own, 0));
			if (rest > 0 && (withSum - own) / rest < floor) {
				misfits.add(member);
			}
		}
		return misfits.size() == members.size() ? Set.of() : misfits;
	}

}
