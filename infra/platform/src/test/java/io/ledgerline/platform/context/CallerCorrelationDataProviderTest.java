package io.ledgerline.platform.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/**
 * The metadata rule: a request's events name its command as their cause and keep its actor; a reaction's command
 * and events name the event they answer, with the service as the actor.
 */
class CallerCorrelationDataProviderTest {

    private final CallerCorrelationDataProvider provider = new CallerCorrelationDataProvider("billing-service");

    @Test
    void eventsOfARequestsCommandKeepItsCallerAndNameTheCommandAsTheirCause() {
        GenericCommandMessage<String> command = command(new CallerContext("acme", "alice", "request-1", null));

        assertThat(provider.correlationDataFor(command)).isEqualTo(Map.of("tenant", "acme", "actor", "alice",
                "correlationId", "request-1", "causationId", command.getIdentifier()));
    }

    @Test
    void eventsOfAReactionsCommandNameTheEventItAnswersAsTheirCause() {
        CallerContext reaction = new CallerContext("acme", "system:billing-service", "request-1", "time-logged-7");

        assertThat(provider.correlationDataFor(command(reaction))).isEqualTo(Map.of("tenant", "acme",
                "actor", "system:billing-service", "correlationId", "request-1", "causationId", "time-logged-7"));
    }

    @Test
    void aCommandAnEventHandlerSendsIsTheServicesReactionToThatEvent() {
        GenericEventMessage<String> event = new GenericEventMessage<>("invoice issued",
                MetaData.from(new CallerContext("acme", "alice", "request-2", "command-3").asMetaData()));

        assertThat(provider.correlationDataFor(event)).isEqualTo(Map.of("tenant", "acme",
                "actor", "system:billing-service", "correlationId", "request-2", "causationId",
                event.getIdentifier()));
    }

    @Test
    void aMessageWithoutATenantPassesNothingOn() {
        assertThat(provider.correlationDataFor(new GenericEventMessage<>("no caller"))).isEmpty();
    }

    private static GenericCommandMessage<String> command(CallerContext caller) {
        return new GenericCommandMessage<>("a command", MetaData.from(caller.asMetaData()));
    }
}
