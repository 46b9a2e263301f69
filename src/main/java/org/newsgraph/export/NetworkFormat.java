package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Locale;

import org.newsgraph.query.Network;

/** The formats a network is served and exported in. */
public enum NetworkFormat {

	JSON("application/json", "json"), GEXF("application/gexf+xml", "gexf"),
	GRAPHML("application/graphml+xml", "graphml"), CSV("text/csv", "csv");

	private final String mediaType;

	private final String extension;

	NetworkFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String fileName(Network network) {
		return network.name() + "." + extension;
	}

	/** As given in a request: {@code json}, {@code gexf} or {@code graphml}. */
	public static NetworkFormat of(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	/**
	 * @throws UnsupportedOperationException for JSON, which the HTTP layer writes itself
	 */
	public void write(Network network, OutputStream out) {
		switch (this) {
			case GEXF -> new GexfWriter().write(network, out);
			case GRAPHML -> new GraphMlWriter().write(network, out);
			case CSV -> new CsvWriter().write(network, out);
			case JSON -> throw new UnsupportedOperationException("JSON is written by the serialiser");
		}
	}

}
