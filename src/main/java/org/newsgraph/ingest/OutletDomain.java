package org.newsgraph.ingest;

import java.net.URI;
import java.util.Locale;

import com.google.common.net.InternetDomainName;

/**
 * An outlet's identity: its domain, lower case, without {@code www.} or a trailing dot.
 * When a document names no provider, the registrable domain of the article's URL (by the
 * public suffix list: {@code news.bbc.co.uk} gives {@code bbc.co.uk}).
 */
public final class OutletDomain {

	private OutletDomain() {
	}

	public static String ofProvider(String domain) {
		String lower = domain.strip().toLowerCase(Locale.ROOT);
		String withoutDot = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
		return withoutDot.startsWith("www.") ? withoutDot.substring(4) : withoutDot;
	}

	public static String ofUrl(String canonicalUrl) {
		String host = URI.create(canonicalUrl).getHost();
		if (InternetDomainName.isValid(host)) {
			InternetDomainName name = InternetDomainName.from(host);
			if (name.isUnderPublicSuffix()) {
				return name.topPrivateDomain().toString();
			}
		}
		return ofProvider(host);
	}

}
