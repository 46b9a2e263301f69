package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The organisations gazetteer and the campaigns, as read from their files.
 *
 * @param organisationsSha256 fingerprint of the gazetteer files' contents, to tell
 * whether they changed since they were applied
 * @param campaignsSha256 the same for the campaign files
 * @param missing configured files that do not exist (skipped)
 */
public record Definitions(List<OrganisationDefinition> organisations, List<CampaignDefinition> campaigns,
		String organisationsSha256, String campaignsSha256, List<Path> missing) {

	public Definitions {
		organisations = List.copyOf(organisations);
		campaigns = List.copyOf(campaigns);
		missing = List.copyOf(missing);
	}

}
