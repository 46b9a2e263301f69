package org.newsgraph.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import org.newsgraph.NewsgraphException;

/**
 * Keyed rows sorted on disk: rows are held in memory up to a bound, sorted and written
 * out as a run; the runs are then merged. So a corpus of any size comes out grouped by
 * key, in the order the rows were added within a key, in memory that does not grow with
 * it.
 */
final class SortedSpill implements AutoCloseable {

	private static final Comparator<Row> ORDER = Comparator.comparing(Row::key).thenComparingLong(Row::order);

	/** What a row costs in memory besides its key's characters and its bytes. */
	private static final int ROW_OVERHEAD = 64;

	private final Path folder;

	private final long memoryBound;

	private final List<Row> held = new ArrayList<>();

	private final List<Path> runs = new ArrayList<>();

	private long heldBytes;

	private long added;

	SortedSpill(Path folder, long memoryBound) {
		this.folder = folder;
		this.memoryBound = memoryBound;
	}

	void add(String key, byte[] row) {
		held.add(new Row(key, added++, row));
		heldBytes += 2L * key.length() + row.length + ROW_OVERHEAD;
		if (heldBytes >= memoryBound) {
			spill();
		}
	}

	/** Every row, by key and then in the order added; the spill is used up. */
	Iterator<Row> sorted() {
		held.sort(ORDER);
		PriorityQueue<Source> sources = new PriorityQueue<>(Comparator.comparing(Source::head, ORDER));
		List<Source> all = new ArrayList<>();
		all.add(new Source(held.iterator()));
		runs.forEach(run -> all.add(new Source(new RunReader(run))));
		all.stream().filter(source -> source.head() != null).forEach(sources::add);
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return !sources.isEmpty();
			}

			@Override
			public Row next() {
				Source source = sources.poll();
				Row row = source.head();
				if (source.advance()) {
					sources.add(source);
				}
				return row;
			}

		};
	}

	int runs() {
		return runs.size();
	}

	@Override
	public void close() {
		for (Path run : runs) {
			try {
				Files.deleteIfExists(run);
			}
			catch (IOException ex) {
				// Left in the load's work folder, which goes as a whole.
			}
		}
	}

	private void spill() {
		held.sort(ORDER);
		Path run = folder.resolve("run-" + runs.size() + ".bin");
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
			for (Row row : held) {
				SpilledValues.writeString(out, row.key());
				out.writeLong(row.order());
				out.writeInt(row.bytes().length);
				out.write(row.bytes());
			}
		}
		catch (IOException ex) {
			throw new NewsgraphException("Cannot write sorted rows to " + run + ": " + ex.getMessage(), ex);
		}
		runs.add(run);
		held.clear();
		heldBytes = 0;
	}

	/**
	 * @param order the order in which the row was added: rows of one key keep it
	 */
	record Row(String key, long order, byte[] bytes) {
	}

	/** One sorted sequence of rows, with the row it is at. */
	private static final class Source {

		private final Iterator<Row> rows;

		private Row head;

		Source(Iterator<Row> rows) {
			this.rows = rows;
			advance();
		}

		Row head() {
			return head;
		}

		boolean advance() {
			head = rows.hasNext() ? rows.next() : null;
			return head != null;
		}

	}

	/** A run on disk, read as it is merged; closed when it is read to its end. */
	private static final class RunReader implements Iterator<Row> {

		private final DataInputStream in;

		private Row next;

		RunReader(Path run) {
			try {
				this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
			}
			catch (IOException ex) {
				throw new NewsgraphException("Cannot read sorted rows from " + run + ": " + ex.getMessage(), ex);
			}
			this.next = read();
		}

		@Override
		public boolean hasNext() {
			return next != null;
		}

		@Override
		public Row next() {
			Row row = next;
			next = read();
			return row;
		}

		private Row read() {
			try {
				String key;
				try {
					key = SpilledValues.readString(in);
				}
				catch (EOFException end) {
					in.close();
					return null;
				}
				long order = in.readLong();
				byte[] bytes = new byte[in.readInt()];
				in.readFully(bytes);
				return new Row(key, order, bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
