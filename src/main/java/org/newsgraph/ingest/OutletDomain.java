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

	/**
	 * @throws IllegalArgumentException when the domain holds anything but letters,
	 * digits, dots, hyphens and underscores: invisible and direction-changing characters
	 * would let one outlet pass for another
	 */
	public static String ofProvider(String domain) {
		String lower = domain.strip().toLowerCase(Locale.ROOT);
		lower.codePoints()
			.filter(character -> !Character.isLetterOrDigit(character) && ".-_".indexOf(character) < 0)
			.findFirst()
			.ifPresent(character -> {
				throw new IllegalArgumentException(String.format("not a domain name: it contains U+%04X (%s)",
						character, Character.getName(character)));
			});
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
