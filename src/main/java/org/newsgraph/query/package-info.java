/**
 * Read models of the graph, as records shaped exactly like what the Cypher in
 * {@code cypher/read/} returns (map projections), so that the API and the CLI never need
 * to know Cypher or the driver: articles, stories, outlets and how they overlap,
 * campaigns, the networks the exports draw, and search by words and by meaning.
 */
package org.newsgraph.query;
