package io.ledgerline.platform.testapp;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.inbox.InboxTransaction;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.platform.security.Grant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootApplication
public class PlatformTestApplication {

    @Bean
    EventCatalog publishedEvents() {
        return NoteEvents.CATALOG;
    }

    @Bean
    Subscription noteLog(JdbcTemplate jdbc, NoteLogRepair repair, CommandGateway commands) {
        return Subscription.named("note-log", NoteEvents.CATALOG).on(NoteWritten.class, event -> {
            if (event.data().text().startsWith("fail") || repair.refuses(event.data().text())) {
                throw new IllegalStateException("the note log refuses " + event.data().text());
            }
            if (event.data().text().startsWith("react")) {
                // answered at the end of the inbox transaction, as billing's budget alerts are
                InboxTransaction.atEnd(event.data().noteId(), () -> commands.sendAndWait(
                        new AmendNoteCommand(event.data().noteId(), event.data().text() + " (answered)", null)));
            }
            jdbc.update("INSERT INTO note_log (event_id, note_id, text, tenant, correlation_id) VALUES (?, ?, ?, ?, ?)",
                    event.id(), event.data().noteId(), event.data().text(), event.caller().tenant(),
                    event.caller().correlationId());
        });
    }

    /** Notes are the test application's projects: pricing and amending them are scoped, the rest is flat. */
    @Bean
    ApiPolicy notePolicy() {
        return ApiPolicy.of("platform-test")
                .allow(HttpMethod.GET, "/api/v1/notes/{noteId}/price", Grant.ADMIN, Grant.FINANCE,
                        Grant.PROJECT_MEMBER, Grant.API_READ)
                .allow(HttpMethod.POST, "/api/v1/notes/{noteId}/amendments", Grant.ADMIN, Grant.PROJECT_MANAGER)
                .allow(HttpMethod.GET, "/api/v1/**", Grant.ADMIN, Grant.FINANCE, Grant.MANAGER, Grant.MEMBER,
                        Grant.API_READ)
                .allow(null, "/api/v1/**", Grant.ADMIN, Grant.FINANCE, Grant.MANAGER, Grant.MEMBER)
                .build();
    }

    @Bean
    NoteMemberships noteMemberships(JdbcTemplate jdbc) {
        return new NoteMemberships(jdbc);
    }

    @Bean
    NoteLogRepair noteLogRepair() {
        return new NoteLogRepair();
    }

    @Bean
    NoteTextRepair noteTextRepair() {
        return new NoteTextRepair();
    }

    @Bean
    CrashAfterAcknowledgement crashAfterAcknowledgement() {
        return new CrashAfterAcknowledgement();
    }

    @Bean
    ConfigurerModule crashBetweenSendAndTokenCommit(CrashAfterAcknowledgement crash) {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(IntegrationEventPublisher.PROCESSING_GROUP, configuration -> crash);
    }
}
