package org.newsgraph.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of organisation a gazetteer entry is, as written in the file. */
public enum OrganisationKind {

	CAMPAIGN_GROUP, POLICE_FORCE, GOVERNMENT_BODY, COMPANY, RESEARCH, MEDIA, OTHER;

	/** As written in the gazetteer and stored in the graph: {@code campaign-group}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Optional<OrganisationKind> of(String label) {
		return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
	}

}
