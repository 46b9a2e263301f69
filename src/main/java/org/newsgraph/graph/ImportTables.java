package org.newsgraph.graph;

import java.io.IOException;
import java.util.Collection;

/**
 * Closes every table of an import, even when one fails, and then throws the first
 * failure. The collection may be a live view: tables opened after this was made are
 * closed too.
 */
public record ImportTables(Collection<ImportTable> tables) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (ImportTable table : tables) {
			try {
				table.close();
			}
			catch (IOException ex) {
				failure = failure == null ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
