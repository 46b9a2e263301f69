/**
 * How close the stories are to a human labelling: B-cubed and pairwise precision, recall
 * and F1 of the graph's stories against a labels file.
 */
package org.newsgraph.analysis.evaluation;
