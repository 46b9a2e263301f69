/**
 * Proposals for the definition files: campaigns from stories that call for action, and
 * organisations the gazetteer does not know yet, as YAML for a person to review.
 */
package org.newsgraph.analysis.suggestions;
