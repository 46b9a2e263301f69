/**
 * The HTTP API under {@code /api}: thin controllers over the {@code query} read models.
 * Every parameter is validated and bounded here; every error leaves as
 * {@code application/problem+json} (RFC 9457), never as a stack trace.
 */
package org.newsgraph.api;
