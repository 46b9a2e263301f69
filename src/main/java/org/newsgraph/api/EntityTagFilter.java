package org.newsgraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;

/**
 * Reads under {@code /api} carry a strong ETag (a hash of the JSON they return) and
 * {@code Cache-Control: no-cache}, so clients may keep answers and revalidate them: a
 * matching {@code If-None-Match} gets 304 and no body. The graph changes only when
 * documents are loaded, so most revalidations of a page someone is clicking through
 * succeed.
 */
@ServerFilter("/api/**")
final class EntityTagFilter {

	private final JsonMapper json;

	EntityTagFilter(JsonMapper json) {
		this.json = json;
	}

	@ResponseFilter
	HttpResponse<?> tag(HttpRequest<?> request, MutableHttpResponse<?> response) {
		if (request.getMethod() != HttpMethod.GET || response.status() != HttpStatus.OK
				|| response.getBody().isEmpty()) {
			return response;
		}
		// Files (exports) are already bytes in their own format; read models become JSON.
		boolean file = response.getBody().get() instanceof byte[];
		byte[] body = file ? (byte[]) response.getBody().get() : serialise(response.getBody().get());
		String entityTag = "\"" + Fingerprint.of(body).substring(0, 32) + "\"";
		if (request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class).filter(entityTag::equals).isPresent()) {
			return HttpResponse.notModified().header(HttpHeaders.ETAG, entityTag);
		}
		MutableHttpResponse<?> tagged = response.body(body)
			.header(HttpHeaders.ETAG, entityTag)
			.header(HttpHeaders.CACHE_CONTROL, "no-cache");
		return file ? tagged : tagged.contentType(MediaType.APPLICATION_JSON_TYPE);
	}

	private byte[] serialise(Object body) {
		try {
			return json.writeValueAsBytes(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
