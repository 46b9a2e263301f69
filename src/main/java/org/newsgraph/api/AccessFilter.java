package org.newsgraph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Writes need the configured bearer token, and are refused outright when none is
 * configured; reads need it only when {@code newsgraph.api.protect-reads} is set. Health
 * probes stay open so that orchestrators can watch the process.
 */
@ServerFilter({ "/api/**", "/metrics/**", "/prometheus" })
final class AccessFilter {

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private static final String BEARER = "Bearer ";

	private final ApiSettings settings;

	AccessFilter(ApiSettings settings) {
		this.settings = settings;
	}

	@RequestFilter
	void check(HttpRequest<?> request) {
		boolean write = !READS.contains(request.getMethod());
		if (write && !settings.writesEnabled()) {
			throw AccessRefusedException.writesOff();
		}
		if (write || settings.protectReads()) {
			String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
			if (authorization == null || !authorization.startsWith(BEARER)) {
				throw AccessRefusedException.noValidToken((write ? "Changing the graph" : "Reading the graph")
						+ " needs the API token: send " + "'Authorization: Bearer <token>'");
			}
			if (!matchesToken(authorization.substring(BEARER.length()))) {
				throw AccessRefusedException.noValidToken("The token sent is not the API token");
			}
		}
	}

	/** In constant time, so that the answer's timing does not reveal how much matched. */
	private boolean matchesToken(String presented) {
		return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				settings.token().getBytes(StandardCharsets.UTF_8));
	}

}
