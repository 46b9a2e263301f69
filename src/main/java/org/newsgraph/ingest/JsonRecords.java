package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads news records from JSON (one object, an array of objects, or {@code {"news":
 * [...]}} as the news API serves them) and JSON Lines, one record at a time, however
 * large the file: arrays are streamed, and a JSON Lines file is read line by line with
 * each line bounded. Each record is handed on as a tree and as compact JSON (whose hash
 * says whether it changed) with the line it starts on; a bad record is reported and the
 * next one read.
 */
final class JsonRecords {

	/** Where records and problems go. */
	interface Sink {

		void record(int number, int line, JsonNode record, String compactJson);

		void problem(int line, String reason);

	}

	private final IngestLimits limits;

	private final JsonFactory factory;

	private final ObjectMapper mapper;

	JsonRecords(IngestLimits limits) {
		this.limits = limits;
		this.factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(limits.maxNesting())
				.maxStringLength(limits.maxFileBytes())
				.build())
			.build();
		this.mapper = new ObjectMapper(factory);
	}

	void readJson(Path file, Sink sink) throws IOException {
		try (JsonParser parser = factory.createParser(file.toFile())) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				readArray(parser, sink);
			}
			else if (first == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
					&& "news".equals(parser.currentName()) && parser.nextToken() == JsonToken.START_ARRAY) {
				readArray(parser, sink);
			}
			else if (first == JsonToken.START_OBJECT) {
				readSingleObject(file, sink);
			}
			else {
				sink.problem(line(parser),
						"a JSON file must hold an object, an array of objects, or {\"news\": [...]}");
			}
		}
		catch (JsonProcessingException ex) {
			sink.problem(ex.getLocation() == null ? 0 : ex.getLocation().getLineNr(),
					"invalid JSON: " + ex.getOriginalMessage());
		}
	}

	void readJsonLines(Path file, Sink sink) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
			BoundedLine line = new BoundedLine(limits.maxFileBytes());
			int number = 0;
			while (line.readFrom(reader)) {
				number++;
				if (line.tooLong()) {
					sink.problem(number, "line is longer than " + limits.maxFileBytes() + " characters");
				}
				else if (!line.text().isBlank()) {
					readLine(number, line.text(), sink);
				}
			}
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			sink.problem(0, "not UTF-8 text");
		}
	}

	private void readLine(int number, String text, Sink sink) {
		try {
			JsonNode record = mapper.readTree(text);
			if (record.isObject()) {
				hand(sink, number, number, record);
			}
			else {
				sink.problem(number, "each line must hold one JSON object");
			}
		}
		catch (JsonProcessingException ex) {
			sink.problem(number, "invalid JSON: " + ex.getOriginalMessage());
		}
	}

	private void readArray(JsonParser parser, Sink sink) throws IOException {
		int number = 0;
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
			number++;
			int line = line(parser);
			hand(sink, number, line, mapper.readTree(parser));
		}
		if (token != JsonToken.END_ARRAY) {
			sink.problem(line(parser), "each item of the array must be a JSON object");
		}
	}

	private void readSingleObject(Path file, Sink sink) throws IOException {
		if (Files.size(file) > limits.maxFileBytes()) {
			sink.problem(0, "a single JSON object larger than " + limits.maxFileBytes()
					+ " bytes; use an array or JSON Lines for many records");
			return;
		}
		hand(sink, 1, 1, mapper.readTree(file.toFile()));
	}

	private void hand(Sink sink, int number, int line, JsonNode record) throws JsonProcessingException {
		sink.record(number, line, record, mapper.writeValueAsString(record));
	}

	private static int line(JsonParser parser) {
		return parser.currentTokenLocation().getLineNr();
	}

	/**
	 * One line of text, read without ever holding more than the limit; the rest of a
	 * longer line is skipped.
	 */
	private static final class BoundedLine {

		private final int limit;

		private final StringBuilder text = new StringBuilder();

		private final char[] buffer = new char[1 << 16];

		private int position;

		private int end;

		private boolean tooLong;

		BoundedLine(int limit) {
			this.limit = limit;
		}

		/**
		 * Reads the reader a block at a time, not a character at a time: a call per
		 * character was a quarter of parsing a JSON Lines file.
		 */
		boolean readFrom(Reader reader) throws IOException {
			text.setLength(0);
			tooLong = false;
			boolean read = false;
			while (true) {
				if (position == end) {
					end = Math.max(reader.read(buffer), 0);
					position = 0;
					if (end == 0) {
						return read;
					}
				}
				read = true;
				int start = position;
				while (position < end && buffer[position] != '\n') {
					position++;
				}
				append(start, position - start);
				if (position < end) {
					position++;
					return true;
				}
			}
		}

		private void append(int start, int count) {
			int room = limit - text.length();
			if (count > room) {
				tooLong = true;
			}
			text.append(buffer, start, Math.min(count, Math.max(room, 0)));
		}

		boolean tooLong() {
			return tooLong;
		}

		String text() {
			return text.toString();
		}

	}

}
