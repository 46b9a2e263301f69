package org.newsgraph.api;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.newsgraph.NewsgraphException;

/**
 * Who may change the graph over HTTP, and who may read it.
 *
 * @param token the bearer token that write requests must carry
 * ({@code NEWSGRAPH_API_TOKEN}); without one, writing over HTTP is off
 * @param protectReads whether reads must carry the token too
 * ({@code NEWSGRAPH_PROTECT_READS})
 * @param uploadDir where uploaded documents are kept, so that they have a file to be
 * traced back to and can be unloaded like any other
 */
@ConfigurationProperties("newsgraph.api")
public record ApiSettings(@Nullable String token, @Bindable(defaultValue = "false") boolean protectReads,
		@Bindable(defaultValue = "data/uploads") Path uploadDir) {

	/** Long enough that guessing it over HTTP is hopeless. */
	static final int MIN_TOKEN_LENGTH = 16;

	public ApiSettings {
		if (token != null && token.isBlank()) {
			token = null;
		}
		if (token != null && token.length() < MIN_TOKEN_LENGTH) {
			throw new NewsgraphException("newsgraph.api.token (NEWSGRAPH_API_TOKEN) must be at least "
					+ MIN_TOKEN_LENGTH + " characters long");
		}
		if (protectReads && token == null) {
			throw new NewsgraphException(
					"newsgraph.api.protect-reads needs a token: set newsgraph.api.token (NEWSGRAPH_API_TOKEN)");
		}
	}

	boolean writesEnabled() {
		return token != null;
	}

}
