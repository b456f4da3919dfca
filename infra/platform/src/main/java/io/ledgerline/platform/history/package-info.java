/**
 * What event sourcing gives users: the audit history of any aggregate, read straight from the event store, and the
 * events an aggregate had at a past instant, for as-of reads. Both answer only within the caller's tenant.
 */
package io.ledgerline.platform.history;
