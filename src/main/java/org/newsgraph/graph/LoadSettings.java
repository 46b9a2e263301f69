package org.newsgraph.graph;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param batchSize documents written per transaction
 * @param bulkThreshold past how many documents a load into an empty embedded database
 * takes the bulk path ({@code NEWSGRAPH_LOAD_BULK_THRESHOLD}): below it, starting Neo4j's
 * importer costs more than it saves
 */
@ConfigurationProperties("newsgraph.load")
public record LoadSettings(@Bindable(defaultValue = "2000") int batchSize,
		@Bindable(defaultValue = "10000") long bulkThreshold) {
}
