/**
 * Checks of Ledgerline's published language as a whole: the AsyncAPI document agrees with the records and schemas of
 * every service's {@code api} module, and every schema evolves only by adding optional fields.
 */
package io.ledgerline.eventcatalog;
