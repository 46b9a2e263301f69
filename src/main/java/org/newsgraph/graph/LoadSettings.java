package org.newsgraph.graph;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param batchSize documents written per transaction
 */
@ConfigurationProperties("newsgraph.load")
public record LoadSettings(@Bindable(defaultValue = "2000") int batchSize) {
}
