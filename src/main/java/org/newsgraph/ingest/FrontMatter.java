package org.newsgraph.ingest;

import java.util.Set;

/**
 * The YAML part of a document and where it starts. Markdown and text documents must open
 * with a {@code ---} line and close the front matter with another; a YAML file may also
 * be plain YAML.
 *
 * @param yaml the YAML text
 * @param firstLine the 1-based line of the file at which {@code yaml} starts
 * @param body what follows the front matter, or null when nothing does
 */
record FrontMatter(String yaml, int firstLine, String body) {

	private static final String DELIMITER = "---";

	private static final Set<String> CLOSING_DELIMITERS = Set.of("---", "...");

	static FrontMatter of(String text, boolean plainYamlAllowed) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int firstLineEnd = lineEnd(content, 0);
		if (!content.substring(0, firstLineEnd).strip().equals(DELIMITER)) {
			if (plainYamlAllowed) {
				return new FrontMatter(content, 1, null);
			}
			throw new InvalidValueException(1, null, "no front matter: the first line must be '---'");
		}
		int lineStart = nextLineStart(content, firstLineEnd);
		while (lineStart < content.length()) {
			int end = lineEnd(content, lineStart);
			if (CLOSING_DELIMITERS.contains(content.substring(lineStart, end).stripTrailing())) {
				String body = content.substring(nextLineStart(content, end)).strip();
				return new FrontMatter(content.substring(nextLineStart(content, firstLineEnd), lineStart), 2,
						body.isEmpty() ? null : body);
			}
			lineStart = nextLineStart(content, end);
		}
		if (plainYamlAllowed) {
			return new FrontMatter(content.substring(nextLineStart(content, firstLineEnd)), 2, null);
		}
		throw new InvalidValueException(1, null, "front matter opened on line 1 is never closed by a '---' line");
	}

	private static int lineEnd(String text, int from) {
		int newline = text.indexOf('\n', from);
		int end = newline < 0 ? text.length() : newline;
		return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
	}

	private static int nextLineStart(String text, int lineEnd) {
		int newline = text.indexOf('\n', lineEnd);
		return newline < 0 ? text.length() : newline + 1;
	}
}
