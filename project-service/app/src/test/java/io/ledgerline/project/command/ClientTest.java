package io.ledgerline.project.command;

import static io.ledgerline.project.ClientFixtures.ADDRESS;
import static io.ledgerline.project.ClientFixtures.AS_OTHER_TENANT;
import static io.ledgerline.project.ClientFixtures.AS_TENANT;
import static io.ledgerline.project.ClientFixtures.CLIENT_ID;
import static io.ledgerline.project.ClientFixtures.clientRegistered;
import static io.ledgerline.project.ClientFixtures.details;
import static io.ledgerline.project.ClientFixtures.registerClient;
import static io.ledgerline.project.ClientFixtures.stored;

import io.ledgerline.project.api.BillingAddress;
import io.ledgerline.project.command.api.ArchiveClientCommand;
import io.ledgerline.project.command.api.ClientArchivedEvent;
import io.ledgerline.project.command.api.ClientDetails;
import io.ledgerline.project.command.api.ClientRegisteredEvent;
import io.ledgerline.project.command.api.ClientUpdatedEvent;
import io.ledgerline.project.command.api.RegisterClientCommand;
import io.ledgerline.project.command.api.UpdateClientCommand;
import java.math.BigDecimal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientTest {

    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
    }

    @Test
    void registersAClient() {
        fixture.givenNoPriorActivity()
                .when(registerClient(), AS_TENANT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClientRegisteredEvent(CLIENT_ID, details()));
    }

    @Test
    void keepsTheBuyerDataForEInvoicesStripped() {
        ClientDetails d = details();
        fixture.givenNoPriorActivity()
                .when(register(new ClientDetails(d.name(), "EUR", 30, d.defaultTaxRate(), ADDRESS, " DE123456789 ",
                        "04011000-12345-34", "rechnung@example.org")), AS_TENANT)
                .expectEvents(new ClientRegisteredEvent(CLIENT_ID, new ClientDetails(d.name(), "EUR", 30,
                        d.defaultTaxRate(), ADDRESS, "DE123456789", "04011000-12345-34", "rechnung@example.org")));
    }

    @Test
    void rejectsABuyerReferenceBeyondAHundredCharacters() {
        ClientDetails d = details();
        fixture.givenNoPriorActivity()
                .when(register(new ClientDetails(d.name(), "EUR", 30, d.defaultTaxRate(), ADDRESS, null,
                        "x".repeat(101), null)), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownCurrency() {
        ClientDetails d = details();
        fixture.givenNoPriorActivity()
                .when(register(new ClientDetails(d.name(), "XYZ", 30, d.defaultTaxRate(), ADDRESS)), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("currency must be an ISO 4217 code, not XYZ");
    }

    @Test
    void rejectsPaymentTermsBeyondAYear() {
        ClientDetails d = details();
        fixture.givenNoPriorActivity()
                .when(register(new ClientDetails(d.name(), "EUR", 366, d.defaultTaxRate(), ADDRESS)), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsATaxRateAboveAHundredPercent() {
        fixture.givenNoPriorActivity()
                .when(register(new ClientDetails("Acme GmbH", "EUR", 30, new BigDecimal("100.5"), ADDRESS)),
                        AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownCountry() {
        BillingAddress nowhere = new BillingAddress("Main St 1", null, "12345", "Springfield", "XX");
        fixture.givenNoPriorActivity()
                .when(register(new ClientDetails("Acme GmbH", "EUR", 30, BigDecimal.TEN, nowhere)), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("country must be an ISO 3166-1 alpha-2 code, not XX");
    }

    @Test
    void updatesItsDetails() {
        ClientDetails renamed = new ClientDetails("Acme AG", "CHF", 14, new BigDecimal("8.1"), ADDRESS);
        fixture.given(clientRegistered())
                .when(new UpdateClientCommand(CLIENT_ID, renamed, null), AS_TENANT)
                .expectEvents(new ClientUpdatedEvent(CLIENT_ID, renamed));
    }

    @Test
    void archivesAClient() {
        fixture.given(clientRegistered())
                .when(new ArchiveClientCommand(CLIENT_ID, null), AS_TENANT)
                .expectEvents(new ClientArchivedEvent(CLIENT_ID));
    }

    @Test
    void refusesToChangeAnArchivedClient() {
        fixture.given(clientRegistered(), stored(new ClientArchivedEvent(CLIENT_ID)))
                .when(new UpdateClientCommand(CLIENT_ID, details(), null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToArchiveTwice() {
        fixture.given(clientRegistered(), stored(new ClientArchivedEvent(CLIENT_ID)))
                .when(new ArchiveClientCommand(CLIENT_ID, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void answersAnotherTenantAsIfTheClientDidNotExist() {
        fixture.given(clientRegistered())
                .when(new ArchiveClientCommand(CLIENT_ID, null), AS_OTHER_TENANT)
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static RegisterClientCommand register(ClientDetails details) {
        return new RegisterClientCommand(CLIENT_ID, details);
    }
}
