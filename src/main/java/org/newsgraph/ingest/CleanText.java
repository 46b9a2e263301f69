package org.newsgraph.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Text as people should read it: HTML entities decoded, mojibake repaired, white space
 * normalised.
 * <p>
 * Mojibake (UTF-8 bytes read as Windows-1252, so that {@code “} shows as {@code â€œ}) is
 * repaired one run of non-ASCII characters at a time, and only where the run's
 * Windows-1252 bytes are valid UTF-8: that is the proof that the run was double-encoded.
 * A lone {@code é} is not valid UTF-8 on its own, so genuine accented text is never
 * touched.
 *
 * @param value the cleaned text
 * @param raw the text as given, or null when cleaning changed nothing
 */
public record CleanText(String value, String raw) {

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

	private static final Map<Character, Byte> WINDOWS_1252_SPECIALS = windows1252Specials();

	public static CleanText of(String given) {
		String value = normaliseWhiteSpace(decodeEntities(repairMojibake(given)));
		return new CleanText(value, value.equals(given) ? null : given);
	}

	public boolean changed() {
		return raw != null;
	}

	/**
	 * Splits the text into runs of ASCII and of Windows-1252 non-ASCII; repairs the
	 * latter where provable.
	 */
	static String repairMojibake(String text) {
		StringBuilder repaired = new StringBuilder(text.length());
		int start = 0;
		while (start < text.length()) {
			boolean nonAscii = isWindows1252NonAscii(text.charAt(start));
			int end = start;
			while (end < text.length() && isWindows1252NonAscii(text.charAt(end)) == nonAscii) {
				end++;
			}
			String run = text.substring(start, end);
			String decoded = nonAscii ? decodeAsUtf8(run) : null;
			repaired.append(decoded != null ? decoded : run);
			start = end;
		}
		return repaired.toString();
	}

	/**
	 * Feeds sometimes escape twice ({@code &amp;#038;}); two passes undo that, more would
	 * alter real text.
	 */
	static String decodeEntities(String text) {
		String once = ENTITY.matcher(text).find() ? StringEscapeUtils.unescapeHtml4(text) : text;
		return ENTITY.matcher(once).find() ? StringEscapeUtils.unescapeHtml4(once) : once;
	}

	private static String normaliseWhiteSpace(String text) {
		return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
	}

	private static boolean isWindows1252NonAscii(char c) {
		return (c >= 0x80 && c <= 0xFF) || WINDOWS_1252_SPECIALS.containsKey(c);
	}

	private static String decodeAsUtf8(String run) {
		byte[] bytes = new byte[run.length()];
		for (int i = 0; i < run.length(); i++) {
			char c = run.charAt(i);
			bytes[i] = c <= 0xFF ? (byte) c : WINDOWS_1252_SPECIALS.get(c);
		}
		try {
			return StrictUtf8.decode(bytes);
		}
		catch (CharacterCodingException notDoubleEncoded) {
			return null;
		}
	}

	/**
	 * The characters Windows-1252 puts at bytes 0x80 to 0x9F (€, ‚, ƒ, „, …, “, ”, –, —,
	 * ™, œ, Ÿ ...).
	 */
	private static Map<Character, Byte> windows1252Specials() {
		Charset windows1252 = Charset.forName("windows-1252");
		Map<Character, Byte> specials = new HashMap<>();
		for (int b = 0x80; b <= 0x9F; b++) {
			String decoded = new String(new byte[] { (byte) b }, windows1252);
			if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' && decoded.charAt(0) > 0xFF) {
				specials.put(decoded.charAt(0), (byte) b);
			}
		}
		return Map.copyOf(specials);
	}

}
