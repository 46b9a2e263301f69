/**
 * Reads news documents (YAML front matter with an article, its outlet, topics, images and
 * related articles) from files and normalises them into immutable records; reads the
 * hand-written definition files (the organisations gazetteer, the campaigns) the same
 * way. Knows nothing about Neo4j.
 * <p>
 * Parsing is safe by default: SnakeYAML composes nodes only (no object construction),
 * with limits on aliases, nesting and size, and every rejection names the file, the line
 * and the reason.
 */
package org.newsgraph.ingest;
