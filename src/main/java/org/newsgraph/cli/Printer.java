package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Prints what a command read: as a table for people by default, as JSON (the API's own
 * read models) with {@code --json} for scripts.
 */
@Singleton
final class Printer {

	private final JsonMapper json;

	Printer(JsonMapper json) {
		this.json = json;
	}

	/** A count with its noun: "1 story", "2 stories". */
	static String counted(long count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

	void print(PrintWriter out, boolean asJson, Object readModel, Consumer<PrintWriter> table) {
		if (asJson) {
			try {
				out.println(json.writeValueAsString(readModel));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else {
			table.accept(out);
		}
		out.flush();
	}

}
