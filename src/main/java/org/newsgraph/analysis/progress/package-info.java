/**
 * How far a step of the analysis has come, for the progress bars of the command line and
 * the summaries of every surface.
 */
package org.newsgraph.analysis.progress;
