/**
 * Writes read models in the file formats other tools open: networks as GEXF 1.3 (Gephi)
 * and GraphML 1.0 (yEd, NetworkX, igraph, Cytoscape). Streams XML; knows nothing of Neo4j
 * or HTTP.
 */
package org.newsgraph.export;
