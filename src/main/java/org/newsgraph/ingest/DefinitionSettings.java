package org.newsgraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the hand-written definitions are. They may sit among the documents (the seeds
 * folder holds both); loading a folder skips them.
 *
 * @param organisations gazetteer files (organisations, their kinds and aliases)
 * @param campaigns campaign files (a full-text query each, with filters, organisations
 * and targets)
 * @param checkInterval how often {@code serve} looks whether the files changed
 */
@ConfigurationProperties("newsgraph.definitions")
public record DefinitionSettings(@Bindable(defaultValue = "seeds/organisations.yml") List<Path> organisations,
		@Bindable(defaultValue = "seeds/campaigns.yml") List<Path> campaigns,
		@Bindable(defaultValue = "10s") Duration checkInterval) {

	/** Every definition file, absolute, as folder walks meet them. */
	public Set<Path> files() {
		return Stream.concat(organisations.stream(), campaigns.stream())
			.map(file -> file.toAbsolutePath().normalize())
			.collect(Collectors.toSet());
	}

}
