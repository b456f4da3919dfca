/**
 * HTTP conventions every service shares: every error is an RFC 9457 {@code application/problem+json} document with
 * the request id; bad input is 400 (unreadable or invalid fields) or 422 (a rule refused it), a conflict with the
 * current state 409, a stale or weak {@code If-Match} 412 and a missing one where a change requires it 428, an
 * unknown id 404, an unreachable database 503 with {@code Retry-After}, and nothing unexpected
 * leaks a stack trace.
 */
package io.ledgerline.platform.web;
