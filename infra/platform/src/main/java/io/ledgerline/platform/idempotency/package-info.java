/**
 * Idempotent creation: a {@code POST} sent with an {@code Idempotency-Key} header is carried out once per tenant and
 * key; sending it again returns the first response (status, Location, ETag and body) and creates nothing twice.
 */
package io.ledgerline.platform.idempotency;
