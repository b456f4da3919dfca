package io.ledgerline.contract;

/**
 * A fact one service publishes for others: a record in a service's {@code api} module, carried on Kafka as the data
 * of a CloudEvent whose {@code type} is the {@link EventType} the record is annotated with.
 */
public interface IntegrationEvent {
}
