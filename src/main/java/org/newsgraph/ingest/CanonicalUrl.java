package org.newsgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

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

	/**
	 * URLs are unique keys in range indexes, whose keys are limited to about 8 kB: a
	 * longer one would fail its whole batch, so it is rejected with its document instead.
	 */
	static final int MAX_LENGTH = 2_048;

	private static final String AMP_CACHE_HOST_SUFFIX = ".cdn.ampproject.org";

	private static final Pattern AMP_SEGMENT = Pattern.compile("(?i)/amp(?=/|$)");

	private static final Pattern AMP_EXTENSION = Pattern.compile("(?i)\\.amp(\\.html?)?$");

	private CanonicalUrl() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not an absolute http or https URL
	 * with a host, or is longer than {@value #MAX_LENGTH} characters
	 */
	public static String of(String raw) {
		if (raw.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("URL is " + raw.length() + " characters long, more than " + MAX_LENGTH
					+ ": '" + abbreviate(raw) + "'");
		}
		// Feeds HTML-escape URLs too: ?w=600&#038;h=600 is ?w=600&h=600.
		URI uri = parse(CleanText.decodeEntities(raw.strip()));
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("not an http(s) URL: '" + abbreviate(raw) + "'");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("URL has no host: '" + abbreviate(raw) + "'");
		}
		if (host.toLowerCase(Locale.ROOT).endsWith(AMP_CACHE_HOST_SUFFIX)) {
			return of(ampCacheOrigin(uri, raw));
		}
		StringBuilder canonical = new StringBuilder(scheme).append("://")
			.append(stripTrailingDot(host.toLowerCase(Locale.ROOT)));
		if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
			canonical.append(':').append(uri.getPort());
		}
		canonical.append(withoutAmpSegments(uri.getRawPath()));
		String query = withoutTrackingOrAmp(uri.getRawQuery());
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
	 * {@code https://example-com.cdn.ampproject.org/c/s/example.com/a?amp} is
	 * {@code https://example.com/a?amp}.
	 */
	private static String ampCacheOrigin(URI uri, String raw) {
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		if (!path.matches("/[cirv]/.+")) {
			throw new IllegalArgumentException("AMP cache URL without an origin: '" + abbreviate(raw) + "'");
		}
		String origin = path.substring(3);
		String url = origin.startsWith("s/") ? "https://" + origin.substring(2) : "http://" + origin;
		return uri.getRawQuery() == null ? url : url + "?" + uri.getRawQuery();
	}

	private static String withoutAmpSegments(String rawPath) {
		if (rawPath == null || rawPath.isEmpty()) {
			return "/";
		}
		String path = AMP_SEGMENT.matcher(rawPath).replaceAll("");
		path = AMP_EXTENSION.matcher(path).replaceAll("$1");
		return path.isEmpty() ? "/" : path;
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

	private static String withoutTrackingOrAmp(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		StringJoiner kept = new StringJoiner("&");
		for (String parameter : rawQuery.split("&")) {
			String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
			if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)
					&& !isAmpMarker(name, parameter)) {
				kept.add(parameter);
			}
		}
		return kept.toString();
	}

	private static boolean isAmpMarker(String name, String parameter) {
		return name.equals("amp") || name.equals("_amp") || parameter.equalsIgnoreCase("outputType=amp");
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
