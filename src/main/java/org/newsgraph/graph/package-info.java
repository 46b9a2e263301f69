/**
 * Everything that writes to Neo4j or owns the connection to it: the driver (to an
 * external server, cluster or Aura when {@code NEO4J_URI} is set, otherwise to an
 * in-process server this package starts), the schema, the Cypher statements loaded from
 * {@code cypher/} on the classpath, and the batched loader.
 * <p>
 * The app talks to Neo4j only through the driver, over Bolt, in both modes, so the two
 * behave the same.
 */
package org.newsgraph.graph;
