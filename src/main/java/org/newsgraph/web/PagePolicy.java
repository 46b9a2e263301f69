package org.newsgraph.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The web page may run only its own scripts and talk only to its own server, so text from
 * a hostile document could not run even if it ever reached the page as markup. Styles may
 * be inline: Cytoscape.js adds a small style sheet of its own.
 */
@ServerFilter({ "/", "/index.html" })
final class PagePolicy {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	@ResponseFilter
	void addPolicy(MutableHttpResponse<?> response) {
		response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.header("X-Content-Type-Options", "nosniff");
		response.header("Referrer-Policy", "no-referrer");
	}

}
