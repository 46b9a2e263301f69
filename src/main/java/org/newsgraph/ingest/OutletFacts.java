package org.newsgraph.ingest;

/**
 * The outlet an article was published by, as a document's {@code provider} block names
 * it.
 *
 * @param domain the outlet's identity (see {@link OutletDomain})
 * @param name null when the block gives none
 * @param logos {@code provider.images} as a JSON array, as given (their paths are often
 * relative), or null
 * @param extra unknown keys as a JSON object, or null
 */
public record OutletFacts(String domain, CleanText name, String logos, String extra) {

	static OutletFacts ofDomain(String domain) {
		return new OutletFacts(domain, null, null, null);
	}

}
