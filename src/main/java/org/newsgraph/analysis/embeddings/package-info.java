/**
 * Sentence embeddings, worked out in this process: a vector of 384 numbers per text,
 * close for texts that mean much the same, whatever their words. The model (a quantised
 * all-MiniLM-L6-v2) and its tokenizer ship inside the jar; no text leaves the machine.
 */
package org.newsgraph.analysis.embeddings;
