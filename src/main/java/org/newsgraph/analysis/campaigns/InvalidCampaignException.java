package org.newsgraph.analysis.campaigns;

import org.newsgraph.NewsgraphException;

/** A campaign's definition cannot be applied; the message names its file and line. */
public final class InvalidCampaignException extends NewsgraphException {

	InvalidCampaignException(String message) {
		super(message);
	}

}
