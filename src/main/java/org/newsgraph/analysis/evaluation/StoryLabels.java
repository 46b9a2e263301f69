package org.newsgraph.analysis.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.NewsgraphException;

/**
 * A human labelling of stories: a CSV file with a header {@code url,story} and one row
 * per article, where the URL may be any URL the article was seen under and only equality
 * of story values matters.
 */
public record StoryLabels(List<Label> labels) {

	public record Label(String url, String story) {
	}

	public static StoryLabels read(Path file) {
		List<Label> labels = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null || !header.strip().replace("\uFEFF", "").equalsIgnoreCase("url,story")) {
				throw new NewsgraphException(file + ":1: expected the header 'url,story'");
			}
			int lineNumber = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				int comma = line.lastIndexOf(',');
				if (comma <= 0 || comma == line.length() - 1) {
					throw new NewsgraphException(
							file + ":" + lineNumber + ": expected 'url,story', found '" + line + "'");
				}
				labels.add(new Label(unquote(line.substring(0, comma)), unquote(line.substring(comma + 1))));
			}
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot read the labels in " + file + ": " + ex.getMessage(), ex);
		}
		return new StoryLabels(List.copyOf(labels));
	}

	private static String unquote(String field) {
		String value = field.strip();
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
				? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
	}

}
