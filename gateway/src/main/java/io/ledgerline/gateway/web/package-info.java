/**
 * What the gateway adds to every exchange, routed or not: the {@code X-Request-Id} (kept when sane,
 * else generated, sent downstream and returned), the request body limit, and the mapping of every
 * failure to an {@code application/problem+json} response that never carries a stack trace.
 */
package io.ledgerline.gateway.web;
