/**
 * Idempotent creation: a {@code POST} sent with an {@code Idempotency-Key} header is carried out once per caller
 * (tenant and subject) and key; sending it again returns the first response (status, Location, ETag and body) and
 * creates nothing twice. Another caller's use of the same key is their own request.
 */
package io.ledgerline.platform.idempotency;
