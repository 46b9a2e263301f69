/**
 * What the app serves to people rather than programs: the Neo4j Browser guide
 * ({@code :play
 * http://localhost:8080/guide}), built from the same Cypher files the app runs.
 */
package org.newsgraph.web;
