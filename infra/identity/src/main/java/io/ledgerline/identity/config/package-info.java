/**
 * How the authorization server is put together: typed settings ({@code IdentitySettings}),
 * the accounts they declare (users and integration clients of each tenant), the registered clients built from
 * them, the claims added to every access token, the signing key and the security filter chains.
 */
package io.ledgerline.identity.config;
