/**
 * Everything that writes to Neo4j or owns the connection to it: the driver (to an
 * external server, cluster or Aura when {@code NEO4J_URI} is set, otherwise to an
 * in-process server this package starts), the schema, the Cypher statements loaded from
 * {@code cypher/} on the classpath, the batched loader, and the bulk loader that builds a
 * new embedded store with Neo4j's importer from the same rows.
 * <p>
 * The app talks to Neo4j only through the driver, over Bolt, in both modes, so the two
 * behave the same; the importer alone writes store files, and only while no server has
 * them open.
 */
package org.newsgraph.graph;
