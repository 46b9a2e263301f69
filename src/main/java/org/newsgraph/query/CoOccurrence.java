package org.newsgraph.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, from groups of members (the outlets that covered one story, the organisations
 * one article names), how many groups each member is in and how many each pair shares.
 * Both come from the same groups, so a pair never shares more groups than either member
 * is in.
 *
 * @param <P> what a member carries besides its id, such as its name
 */
final class CoOccurrence<P> {

	/**
	 * One member of a group.
	 *
	 * @param weight what it adds to its tally's weight, such as its articles on the story
	 */
	record Member<P>(String id, P properties, long weight) {
	}

	/**
	 * A member across all groups: the properties it first came with, the groups it is in
	 * and its weights summed.
	 */
	record Tally<P>(String id, P properties, long groups, long weight) {
	}

	/** Two members, {@code source} before {@code target}, and the groups they share. */
	record Pair(String source, String target, long shared) {
	}

	private record Key(String source, String target) {
	}

	private final Map<String, Tally<P>> tallies = new HashMap<>();

	private final Map<Key, Long> shared = new HashMap<>();

	/**
	 * Counted already, by whoever kept them: the members with their groups and weights,
	 * and the pairs with the groups they share.
	 */
	static <P> CoOccurrence<P> counted(Collection<Tally<P>> tallies, Collection<Pair> pairs) {
		CoOccurrence<P> counted = new CoOccurrence<>();
		tallies.forEach(tally -> counted.tallies.put(tally.id(), tally));
		pairs.forEach(pair -> counted.shared.put(new Key(pair.source(), pair.target()), pair.shared()));
		return counted;
	}

	/** A group whose members are distinct. */
	void add(List<Member<P>> group) {
		for (int i = 0; i < group.size(); i++) {
			Member<P> member = group.get(i);
			tallies.merge(member.id(), new Tally<>(member.id(), member.properties(), 1, member.weight()),
					(tally, more) -> new Tally<>(tally.id(), tally.properties(), tally.groups() + 1,
							tally.weight() + more.weight()));
			for (int j = i + 1; j < group.size(); j++) {
				String other = group.get(j).id();
				Key key = member.id().compareTo(other) < 0 ? new Key(member.id(), other) : new Key(other, member.id());
				shared.merge(key, 1L, Long::sum);
			}
		}
	}

	Tally<P> tally(String id) {
		return tallies.get(id);
	}

	/**
	 * The pairs sharing at least {@code minShared} groups, the most shared first, at most
	 * {@code limit}.
	 */
	List<Pair> pairs(long minShared, int limit) {
		return shared.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= minShared)
			.map(entry -> new Pair(entry.getKey().source(), entry.getKey().target(), entry.getValue()))
			.sorted(Comparator.comparingLong(Pair::shared)
				.reversed()
				.thenComparing(Pair::source)
				.thenComparing(Pair::target))
			.limit(limit)
			.toList();
	}

}
