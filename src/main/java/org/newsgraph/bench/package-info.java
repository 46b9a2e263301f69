/**
 * Measuring newsgraph: a generator of synthetic news documents shaped like the real
 * corpus, with the true story of every article, and the benchmark that loads, clusters
 * and queries them beside the baselines. Used by the {@code bench} command only.
 */
package org.newsgraph.bench;
