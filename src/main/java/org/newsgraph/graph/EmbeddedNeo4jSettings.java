package org.newsgraph.graph;

import java.nio.file.Path;
import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The in-process Neo4j that runs when no external server is configured.
 *
 * @param dataDir where the database files live, kept across restarts
 * ({@code NEWSGRAPH_DATA_DIR})
 * @param listenAddress the interface Bolt and HTTP listen on; loopback unless
 * deliberately opened
 * @param boltPort Bolt port ({@code NEWSGRAPH_BOLT_PORT}); 0 picks a free one
 * @param httpPort HTTP port of Neo4j Browser ({@code NEWSGRAPH_HTTP_PORT}); 0 picks a
 * free one
 * @param auth whether Bolt and Browser ask for a password
 * ({@code NEWSGRAPH_EMBEDDED_AUTH}); the password is generated at the first start and
 * kept in the data folder
 * @param pageCache memory for caching the store's pages, off the heap
 * ({@code NEWSGRAPH_PAGE_CACHE}, e.g. {@code 512m}, {@code 2g}); loads and reads slow
 * down several times over once the store outgrows it
 * @param plugins whether Graph Data Science and APOC are registered
 * ({@code NEWSGRAPH_EMBEDDED_PLUGINS}): {@code on} (for Neo4j Browser users who call
 * them), {@code off}, or {@code auto}, only when a configured feature uses Graph Data
 * Science; registering them takes about two seconds of Neo4j's start
 */
@ConfigurationProperties("newsgraph.embedded")
public record EmbeddedNeo4jSettings(@Bindable(defaultValue = "data") Path dataDir,
		@Bindable(defaultValue = "localhost") String listenAddress, @Bindable(defaultValue = "7687") int boltPort,
		@Bindable(defaultValue = "7474") int httpPort, @Bindable(defaultValue = "true") boolean auth,
		@Bindable(defaultValue = "1g") String pageCache, @Bindable(defaultValue = "auto") Plugins plugins) {

	public enum Plugins {

		AUTO, ON, OFF;

		/**
		 * @param gdsSettings the values of the settings that can ask for Graph Data
		 * Science ({@code gds}, or {@code auto} where the server has it)
		 */
		boolean registered(List<String> gdsSettings) {
			return switch (this) {
				case ON -> true;
				case OFF -> false;
				case AUTO -> gdsSettings.stream()
					.anyMatch(value -> value.equalsIgnoreCase("gds") || value.equalsIgnoreCase("auto"));
			};
		}

	}

}
