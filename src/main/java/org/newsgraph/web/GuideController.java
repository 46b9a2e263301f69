package org.newsgraph.web;

import java.util.List;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsgraph.graph.CypherStatement;

/**
 * Serves the Neo4j Browser guide: in Browser, {@code :play http://localhost:8080/guide}.
 * Browser fetches it from its own page, so this one route allows cross-origin reads, from
 * loopback origins only.
 */
@Controller("/guide")
@Hidden
@CrossOrigin(allowedOriginsRegex = "^https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?$")
class GuideController {

	private static final List<String> SLIDES = List.of("guide/01-what-is-in-the-graph",
			"guide/02-articles-and-their-outlets", "guide/03-how-coverage-connects",
			"guide/04-where-every-fact-came-from", "guide/05-outlets-covering-the-same-stories",
			"guide/06-a-story-and-who-was-first", "guide/07-a-campaign-its-press-and-its-organisations",
			"guide/08-articles-alike-in-meaning", "read/articles-matching", "read/search-by-words",
			"read/search-by-meaning", "read/similar-articles", "read/article", "read/stories", "read/story",
			"read/outlet-overlap", "read/outlets-sharing-stories", "read/outlet-network-kept",
			"read/outlet-network-coverage", "read/campaigns", "read/campaign", "read/campaign-timeline");

	private static final String INTRODUCTION = "newsgraph keeps news articles, the outlets that published them, their "
			+ "topics, images and related articles, and the source documents every fact came from; its analysis adds "
			+ "stories, campaigns and the organisations articles name. Each slide runs one query: first ones to "
			+ "look around, then the queries behind the app's HTTP API and web page, as the app runs them.";

	private final String guide = BrowserGuide.render("Welcome to newsgraph", INTRODUCTION,
			SLIDES.stream().map(CypherStatement::load).toList());

	@Get(produces = MediaType.TEXT_HTML)
	String guide() {
		return guide;
	}

}
