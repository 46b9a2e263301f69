package org.newsgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The canonical form of an article URL, which decides when two documents talk about the
 * same article: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters. The article id is derived from it, so it is stable across loads and
 * machines.
 */
public final class CanonicalUrl {

	private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid",
			"mc_eid", "igshid", "ocid", "cmpid", "_ga");

	private static final int ID_HEX_LENGTH = 20;

	private CanonicalUrl() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not an absolute http or https URL
	 * with a host
	 */
	public static String of(String raw) {
		URI uri = parse(raw.strip());
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("not an http(s) URL: '" + abbreviate(raw) + "'");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("URL has no host: '" + abbreviate(raw) + "'");
		}
		StringBuilder canonical = new StringBuilder(scheme).append("://")
			.append(stripTrailingDot(host.toLowerCase(Locale.ROOT)));
		if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
			canonical.append(':').append(uri.getPort());
		}
		String path = uri.getRawPath();
		canonical.append(path == null || path.isEmpty() ? "/" : path);
		String query = withoutTracking(uri.getRawQuery());
		if (!query.isEmpty()) {
			canonical.append('?').append(query);
		}
		return canonical.toString();
	}

	/** The stable article id for a canonical URL: a prefix of its SHA-256, in hex. */
	public static String idOf(String canonicalUrl) {
		return Sha256.hex(canonicalUrl.getBytes(StandardCharsets.UTF_8)).substring(0, ID_HEX_LENGTH);
	}

	/**
	 * The host of a URL without {@code www.}, for outlets known only by their article's
	 * URL.
	 */
	public static String hostOf(String canonicalUrl) {
		String host = URI.create(canonicalUrl).getHost();
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	private static URI parse(String raw) {
		try {
			return new URI(encodeIllegalCharacters(raw));
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a valid URL: '" + abbreviate(raw) + "' (" + ex.getReason() + ")");
		}
	}

	/**
	 * Real feeds contain spaces, pipes and non-ASCII letters in URLs; percent-encode them
	 * rather than reject.
	 */
	private static String encodeIllegalCharacters(String raw) {
		StringBuilder encoded = new StringBuilder(raw.length());
		for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
			}
		}
		return encoded.toString();
	}

	private static String withoutTracking(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		StringJoiner kept = new StringJoiner("&");
		for (String parameter : rawQuery.split("&")) {
			String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
			if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
				kept.add(parameter);
			}
		}
		return kept.toString();
	}

	private static int defaultPort(String scheme) {
		return scheme.equals("https") ? 443 : 80;
	}

	private static String stripTrailingDot(String host) {
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

	private static String abbreviate(String text) {
		return text.length() <= 120 ? text : text.substring(0, 117) + "...";
	}

}
