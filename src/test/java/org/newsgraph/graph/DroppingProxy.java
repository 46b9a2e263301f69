package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a Bolt server that cuts the connection carrying a request each
 * time clients have sent another {@code cutEvery} bytes, a given number of times: faults
 * in the middle of transactions, as a network failure or a leader switch causes them, at
 * points that depend on the traffic rather than on the machine's speed. New connections
 * are let through as before.
 */
final class DroppingProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final long cutEvery;

	private final int maxCuts;

	private final AtomicLong sent = new AtomicLong();

	private final AtomicInteger cuts = new AtomicInteger();

	/** Each open connection: the client's socket and the one to the server. */
	private final Map<Socket, Socket> open = new ConcurrentHashMap<>();

	DroppingProxy(int targetPort, long cutEvery, int maxCuts) throws IOException {
		this.targetPort = targetPort;
		this.cutEvery = cutEvery;
		this.maxCuts = maxCuts;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon(this::accept).start();
	}

	int port() {
		return listener.getLocalPort();
	}

	int cuts() {
		return Math.min(cuts.get(), maxCuts);
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.put(client, server);
				pump(client, server, true);
				pump(server, client, false);
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void pump(Socket from, Socket to, boolean request) {
		daemon(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					if (request && dueForACut(read)) {
						return;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException cut) {
				// one side went away: the other goes too
			}
			finally {
				close(from, to);
				open.remove(request ? from : to);
			}
		}).start();
	}

	private boolean dueForACut(int bytes) {
		long before = sent.getAndAdd(bytes);
		return before / cutEvery != (before + bytes) / cutEvery && cuts.incrementAndGet() <= maxCuts;
	}

	private static Thread daemon(Runnable work) {
		Thread thread = new Thread(work, "dropping-proxy");
		thread.setDaemon(true);
		return thread;
	}

	private static void close(Socket... sockets) {
		for (Socket socket : sockets) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// already closed
			}
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
		open.forEach((client, server) -> close(client, server));
	}

}
