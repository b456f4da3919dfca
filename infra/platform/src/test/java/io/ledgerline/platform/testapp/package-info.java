/**
 * A small application on the platform, used by the platform's integration tests: a {@code Note} aggregate whose
 * events are published to {@code ledgerline.platformtest.v1} and consumed back by a subscription that logs them.
 */
package io.ledgerline.platform.testapp;
