/**
 * Campaigns: which articles belong to each defined campaign ({@code IN_CAMPAIGN}), found
 * by the campaign's full-text query and its organisations.
 */
package org.newsgraph.analysis.campaigns;
