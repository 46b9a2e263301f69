/**
 * The command line, which is also the runnable jar's interface:
 * {@code serve [--load DIR]...} and {@code load PATH...}. Exit codes: 0 done, 1 failed
 * (nothing or not everything could be done, e.g. Neo4j unreachable), 2 usage error, 3
 * loaded but some documents were rejected.
 */
package org.newsgraph.cli;
