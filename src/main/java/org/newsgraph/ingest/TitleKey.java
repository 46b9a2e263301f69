package org.newsgraph.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A title reduced to what survives syndication and rewriting (after Media Cloud's
 * normalised title): lower case, the outlet's own suffix ("... - BBC News", "... |
 * Reuters") removed, punctuation dropped, white space collapsed. Two articles with the
 * same key are probably the same copy under two outlets.
 */
public final class TitleKey {

	private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s+[-|\u2013\u2014:]\\s+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private TitleKey() {
	}

	/**
	 * @param outlet the outlet's name or domain, whose mention at the end of the title is
	 * not part of it
	 */
	public static String of(String title, OutletFacts outlet) {
		String key = words(title);
		String[] parts = SUFFIX_SEPARATOR.split(title);
		if (parts.length > 1) {
			String suffix = words(parts[parts.length - 1]);
			if (namesOutlet(suffix, outlet)) {
				key = words(title.substring(0, title.length() - parts[parts.length - 1].length()));
			}
		}
		return key;
	}

	private static boolean namesOutlet(String suffix, OutletFacts outlet) {
		if (suffix.isEmpty()) {
			return false;
		}
		String name = outlet.name() == null ? "" : words(outlet.name().value());
		String domainStem = words(outlet.domain().split("\\.")[0]);
		String compact = suffix.replace(" ", "");
		return suffix.equals(name) || compact.equals(name.replace(" ", "")) || compact.equals(domainStem)
				|| (!name.isEmpty() && suffix.startsWith(name + " ")) || words(outlet.domain()).equals(suffix);
	}

	private static String words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return NOT_WORD.matcher(folded).replaceAll(" ").strip();
	}

}
