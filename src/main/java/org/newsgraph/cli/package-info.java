/**
 * The command line, which is also the runnable jar's interface: {@code serve},
 * {@code load}, {@code unload}, {@code recluster}, {@code evaluate},
 * {@code campaigns list|suggest} and {@code organisations suggest}. Exit codes: 0 done, 1
 * failed (nothing or not everything could be done, e.g. Neo4j unreachable), 2 usage
 * error, 3 loaded but some documents were rejected.
 */
package org.newsgraph.cli;
