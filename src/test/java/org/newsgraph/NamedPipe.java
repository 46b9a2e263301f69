package org.newsgraph;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A named pipe to load documents from: a load reading it waits until a test writes to it,
 * so the test knows for certain that the load is still running.
 */
public final class NamedPipe {

	private NamedPipe() {
	}

	/**
	 * @return whether the pipe was made (where there is mkfifo)
	 */
	public static boolean make(Path path) {
		try {
			return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
