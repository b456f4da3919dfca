package io.ledgerline.project;

import io.ledgerline.project.api.BillingAddress;
import io.ledgerline.project.command.api.ClientDetails;
import io.ledgerline.project.command.api.ClientRegisteredEvent;
import io.ledgerline.project.command.api.RegisterClientCommand;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

/** Test data for clients, and the tenant metadata every command and stored event carries. */
public final class ClientFixtures {

    public static final String TENANT = "demo";
    public static final String OTHER_TENANT = "other";
    public static final Map<String, String> AS_TENANT = Map.of("tenant", TENANT);
    public static final Map<String, String> AS_OTHER_TENANT = Map.of("tenant", OTHER_TENANT);
    public static final String CLIENT_ID = "1f0c3d52-7a5e-4c0b-9f0e-2b7d4c1a9e31";
    public static final BillingAddress ADDRESS = new BillingAddress("Hauptstrasse 1", null, "10115", "Berlin", "DE");

    private ClientFixtures() {
    }

    public static ClientDetails details() {
        return new ClientDetails("Acme GmbH", "EUR", 30, new BigDecimal("19"), ADDRESS);
    }

    public static RegisterClientCommand registerClient() {
        return new RegisterClientCommand(CLIENT_ID, details());
    }

    public static EventMessage<ClientRegisteredEvent> clientRegistered() {
        return stored(new ClientRegisteredEvent(CLIENT_ID, details()));
    }

    /** An event as the event store holds it: with the tenant that caused it. */
    public static <T> EventMessage<T> stored(T event) {
        return GenericEventMessage.<T>asEventMessage(event).andMetaData(AS_TENANT);
    }

    /** A JSON body for POST /api/v1/clients with a name no other test uses. */
    public static String registerClientJson(String name) {
        return """
                {"name":"%s","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"Hauptstrasse 1","postalCode":"10115","city":"Berlin","country":"DE"}}"""
                .formatted(name);
    }

    /** A JSON body for a client with what e-invoices need of a buyer: VAT id, Leitweg-ID and invoice e-mail. */
    public static String registerEInvoicingClientJson(String name) {
        return """
                {"name":"%s","currency":"EUR","paymentTermsDays":14,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"Amtsplatz 2","postalCode":"20095","city":"Hamburg","country":"DE"},
                 "vatId":"DE123456789","buyerReference":"04011000-12345-34","invoiceEmail":"rechnung@example.org"}"""
                .formatted(name);
    }

    /** A client name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
