package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.StringEscapeUtils;
import org.newsgraph.graph.CypherStatement;

/**
 * A Neo4j Browser guide with one slide per Cypher file: the file's comments become the
 * slide's text, its {@code // :param} lines and its statement become runnable blocks. So
 * the guide shows exactly the queries the app runs, and explains them with the same words
 * as the files.
 */
final class BrowserGuide {

	private static final String PARAM_PREFIX = "// :param";

	private BrowserGuide() {
	}

	static String render(String title, String introduction, List<CypherStatement> statements) {
		StringBuilder html = new StringBuilder(
				"<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
		html.append(slide(title, "<p>" + escape(introduction) + "</p>\n"));
		for (CypherStatement statement : statements) {
			html.append(slide(statement));
		}
		return html.append("</carousel>\n</article>\n").toString();
	}

	private static String slide(CypherStatement statement) {
		List<String> text = new ArrayList<>();
		List<String> parameters = new ArrayList<>();
		List<String> cypher = new ArrayList<>();
		for (String line : statement.text().lines().toList()) {
			if (line.startsWith(PARAM_PREFIX)) {
				parameters.add(line.substring(3));
			}
			else if (line.startsWith("//")) {
				text.add(line.substring(2).strip());
			}
			else {
				cypher.add(line);
			}
		}
		boolean ownTitle = statement.name().startsWith("guide/") && !text.isEmpty();
		String title = ownTitle ? text.remove(0) : "The app's query " + statement.name();
		StringBuilder body = new StringBuilder("<p>").append(escape(String.join(" ", text))).append("</p>\n");
		if (!parameters.isEmpty()) {
			body.append("<p>Set its parameters first (click to run):</p>\n");
			parameters.forEach(parameter -> body.append(runnable(parameter)));
		}
		body.append(runnable(String.join("\n", cypher).strip()));
		return slide(title, body.toString());
	}

	private static String slide(String title, String body) {
		return "<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>" + escape(title) + "</h3>\n" + body
				+ "</div>\n</slide>\n";
	}

	private static String runnable(String code) {
		return "<pre class=\"pre-scrollable code runnable\">" + escape(code) + "</pre>\n";
	}

	private static String escape(String text) {
		return StringEscapeUtils.escapeHtml4(text);
	}

}
