/**
 * A service that breaks every rule of {@link io.ledgerline.testsupport.ServiceArchitecture} once, so
 * {@code ServiceArchitectureTest} can show that each rule fails.
 */
package io.ledgerline.testsupport.archsample;
