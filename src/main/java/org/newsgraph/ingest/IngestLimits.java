package org.newsgraph.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Bounds that keep one hostile or broken file from exhausting the process.
 *
 * @param maxFileBytes a larger file is rejected before it is read
 * @param maxAliases YAML aliases to collections per document (guards against "billion
 * laughs")
 * @param maxNesting how deep YAML collections may nest
 */
@ConfigurationProperties("newsgraph.ingest")
public record IngestLimits(@Bindable(defaultValue = "4194304") int maxFileBytes,
		@Bindable(defaultValue = "50") int maxAliases, @Bindable(defaultValue = "32") int maxNesting) {

	public static IngestLimits defaults() {
		return new IngestLimits(4 * 1024 * 1024, 50, 32);
	}
}
