package org.newsgraph.ingest;

import java.util.List;
import java.util.stream.Stream;

/**
 * One entry of the organisations gazetteer.
 *
 * @param id lower-case and hyphenated, unique across the gazetteer files
 * @param aliases other names the press uses for it, matched like the name
 */
public record OrganisationDefinition(String id, String name, OrganisationKind kind, List<String> aliases) {

	public OrganisationDefinition {
		aliases = List.copyOf(aliases);
	}

	/** The name and the aliases: every form in which it is recognised. */
	public List<String> names() {
		return Stream.concat(Stream.of(name), aliases.stream()).distinct().toList();
	}

}
