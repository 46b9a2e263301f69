package org.newsgraph.analysis.organisations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.newsgraph.ingest.OrganisationDefinition;

/**
 * Finds the gazetteer's organisations in a text in one pass, however many names the
 * gazetteer has (an Aho-Corasick automaton). Matching is whole-word and alias-aware, and
 * case-aware: a name of two or more words matches in any letter case ("BIG BROTHER
 * WATCH"), a one-word name only as written, because one capitalised word is often an
 * ordinary word in lower case ("Liberty" the group, "liberty" the idea). Curly and
 * straight apostrophes are the same. Where names overlap, the longest wins ("Metropolitan
 * Police Service" over "Metropolitan Police").
 */
public final class OrganisationMatcher {

	private final PayloadTrie<List<Name>> trie;

	public OrganisationMatcher(List<OrganisationDefinition> organisations) {
		Map<String, List<Name>> byKey = new LinkedHashMap<>();
		for (OrganisationDefinition organisation : organisations) {
			for (String name : organisation.names()) {
				String normalised = normalise(name);
				byKey.computeIfAbsent(normalised.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
					.add(new Name(normalised, organisation.id(), normalised.strip().split("\\s+").length == 1));
			}
		}
		var builder = PayloadTrie.<List<Name>>builder().ignoreCase().onlyWholeWords();
		byKey.forEach(builder::addKeyword);
		this.trie = builder.build();
	}

	/** A name found in a text: which organisation, and where (end exclusive). */
	public record Mention(String organisation, int start, int end) {

	}

	/** The organisations named in a text, each once, in order of first mention. */
	public Set<String> organisationsIn(String text) {
		Set<String> found = new LinkedHashSet<>();
		mentionsIn(text).forEach(mention -> found.add(mention.organisation()));
		return found;
	}

	public List<Mention> mentionsIn(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String normalised = normalise(text);
		List<Mention> candidates = new ArrayList<>();
		for (PayloadEmit<List<Name>> emit : trie.parseText(normalised)) {
			String asWritten = normalised.substring(emit.getStart(), emit.getEnd() + 1);
			emit.getPayload()
				.stream()
				.filter(name -> !name.caseSensitive() || name.text().equals(asWritten))
				.findFirst()
				.ifPresent(
						name -> candidates.add(new Mention(name.organisation(), emit.getStart(), emit.getEnd() + 1)));
		}
		candidates.sort(Comparator.comparingInt(Mention::start)
			.thenComparing(Comparator.comparingInt((Mention mention) -> mention.end() - mention.start()).reversed()));
		List<Mention> kept = new ArrayList<>();
		int coveredUntil = 0;
		for (Mention mention : candidates) {
			if (mention.start() >= coveredUntil) {
				kept.add(mention);
				coveredUntil = mention.end();
			}
		}
		return kept;
	}

	/** Same length as the input, so that offsets stay valid. */
	private static String normalise(String text) {
		return text.replace('\u2019', '\'').replace('\u2018', '\'');
	}

	private record Name(String text, String organisation, boolean caseSensitive) {

	}

}
