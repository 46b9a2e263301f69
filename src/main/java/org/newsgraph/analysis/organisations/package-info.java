/**
 * Organisations: the gazetteer's organisations that articles name ({@code MENTIONS}),
 * found in titles and excerpts read a page at a time.
 */
package org.newsgraph.analysis.organisations;
