package org.newsgraph.query;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param similarity who ranks similar outlets: {@code cypher} (counts of shared stories
 * read around the one outlet), {@code gds} (Graph Data Science's node similarity on a
 * projection made for the request) or {@code auto} (GDS where the server has it); all
 * give the same ranking. Cypher is the default because the projection costs about 300 ms
 * a request, against under 100 ms for the counts (measured on the corpus while serving).
 */
@ConfigurationProperties("newsgraph.outlets")
public record OutletSettings(@Bindable(defaultValue = "cypher") Algorithm similarity) {

	public enum Algorithm {

		AUTO, GDS, CYPHER

	}

}
