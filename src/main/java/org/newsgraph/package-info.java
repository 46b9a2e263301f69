/**
 * newsgraph: a knowledge graph of news stories, their outlets and the campaigns they
 * cover, stored in Neo4j.
 * <p>
 * Data flows through the packages in one direction: {@code ingest} reads and normalises
 * documents, {@code graph} writes them to Neo4j and owns the connection and the schema,
 * {@code query} reads models back, and {@code api} and {@code cli} serve them. Only
 * {@code graph} and {@code query} talk to the Neo4j driver.
 */
package org.newsgraph;
