/**
 * Communities of weighted graphs by Louvain's method, for modularity (the colours of the
 * drawn networks) and for the constant Potts model (stories that do not chain).
 */
package org.newsgraph.analysis.communities;
