package org.newsgraph.query;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param similarity who ranks similar outlets: {@code auto} (Graph Data Science's node
 * similarity where the server has it), {@code gds} or {@code cypher}; both give the same
 * ranking
 */
@ConfigurationProperties("newsgraph.outlets")
public record OutletSettings(@Bindable(defaultValue = "auto") Algorithm similarity) {

	public enum Algorithm {

		AUTO, GDS, CYPHER

	}

}
