package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of a Bolt server that can cut every open connection at once, as a
 * network fault or a server's restart does mid-transaction. New connections are let
 * through as before.
 */
final class DroppingProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	/** Each open connection: the client's socket and the one to the server. */
	private final Map<Socket, Socket> open = new ConcurrentHashMap<>();

	DroppingProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon(this::accept).start();
	}

	int port() {
		return listener.getLocalPort();
	}

	/**
	 * @return how many connections were cut
	 */
	int dropAll() {
		int dropped = 0;
		for (Map.Entry<Socket, Socket> connection : open.entrySet()) {
			close(connection.getKey(), connection.getValue());
			dropped++;
		}
		return dropped;
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.put(client, server);
				pump(client, server, client);
				pump(server, client, client);
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void pump(Socket from, Socket to, Socket client) {
		daemon(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException cut) {
				// one side went away: the other goes too
			}
			finally {
				close(from, to);
				open.remove(client);
			}
		}).start();
	}

	private static Thread daemon(Runnable work) {
		Thread thread = new Thread(work, "dropping-proxy");
		thread.setDaemon(true);
		return thread;
	}

	private void close(Socket... sockets) {
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
		dropAll();
	}

}
