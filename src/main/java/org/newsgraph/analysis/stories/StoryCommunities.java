package org.newsgraph.analysis.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.analysis.communities.Communities;

/**
 * Stories as the communities of the links that reach the threshold, one connected
 * component at a time (a community never spans two). Components alone join two stories by
 * one chance link between them, and at a million generated documents chains of such links
 * joined a large share of the corpus into one story (B-cubed precision 0.33).
 */
final class StoryCommunities {

	private final double cohesion;

	StoryCommunities(double cohesion) {
		this.cohesion = cohesion;
	}

	/**
	 * @param components the connected components of the links
	 * @param links every link that reaches the threshold between two members of one
	 * component, each pair once
	 */
	Collection<List<String>> of(Collection<List<String>> components, Collection<StrongLink> links) {
		List<Component> indexed = new ArrayList<>();
		Map<String, Component> componentOf = new HashMap<>();
		for (List<String> members : components) {
			Component component = new Component(members.stream().sorted().toList());
			indexed.add(component);
			component.members.forEach(member -> componentOf.put(member, component));
		}
		for (StrongLink link : links) {
			Component component = componentOf.get(link.from());
			if (component != null && component == componentOf.get(link.to())) {
				component.link(link);
			}
		}
		List<List<String>> stories = new ArrayList<>();
		indexed.forEach(component -> stories.addAll(component.split(cohesion)));
		return stories;
	}

	/** A link strong enough to put its two articles in one story. */
	record StrongLink(String from, String to, double score) {
	}

	private static final class Component {

		private final List<String> members;

		private final Map<String, Integer> positions = new HashMap<>();

		private final List<int[]> edges = new ArrayList<>();

		private final List<Double> weights = new ArrayList<>();

		Component(List<String> members) {
			this.members = members;
			for (int position = 0; position < members.size(); position++) {
				positions.put(members.get(position), position);
			}
		}

		void link(StrongLink link) {
			edges.add(new int[] { positions.get(link.from()), positions.get(link.to()) });
			weights.add(link.score());
		}

		List<List<String>> split(double cohesion) {
			if (members.size() == 1) {
				return List.of(members);
			}
			int[] communities = Communities.constantPotts(members.size(), edges, weights, cohesion);
			List<List<String>> stories = new ArrayList<>();
			for (int member = 0; member < members.size(); member++) {
				while (stories.size() <= communities[member]) {
					stories.add(new ArrayList<>());
				}
				stories.get(communities[member]).add(members.get(member));
			}
			return stories;
		}

	}

}
