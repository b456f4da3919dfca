package io.ledgerline.billing;

import io.ledgerline.billing.command.BillableEntry;
import io.ledgerline.billing.command.ClientTerms;
import io.ledgerline.billing.command.SellerSnapshot;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.DraftInvoiceCommand;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.ManualLine;
import io.ledgerline.billing.command.api.SellerDetails;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.IntegrationEvent;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.api.BillingAddress;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ClientRegistered;
import io.ledgerline.project.api.ProjectBudgetChanged;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectRateChanged;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.task.api.TaskCreated;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.testsupport.CloudEventRecords;
import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.api.TimeEntryAdjusted;
import io.ledgerline.timetracking.api.TimeEntryDeleted;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.api.TimeLogged;
import io.ledgerline.timetracking.api.TimesheetApproved;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test data for billing-service: commands and ledger rows for aggregate tests, Kafka records for integration tests. */
public final class BillingFixtures {

    public static final String TENANT = "demo";
    public static final String OTHER_TENANT = "other-tenant";
    public static final String ACTOR = "alice";
    public static final String MEMBER = "bob";
    public static final String OTHER_MEMBER = "carol";
    public static final String INVOICE_ID = "6a1d7f3e-2b4c-4d5e-8f90-a1b2c3d4e5f6";
    public static final String CLIENT_ID = "c1e2d3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
    public static final String PROJECT_ID = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10";
    public static final String TASK_ID = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a01";
    public static final String ENTRY_1 = "e0000000-0000-4000-8000-000000000001";
    public static final String ENTRY_2 = "e0000000-0000-4000-8000-000000000002";
    public static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    public static final LocalDate TO = LocalDate.of(2026, 11, 30);
    public static final LocalDate WORKED = LocalDate.of(2026, 11, 10);
    public static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    public static final BigDecimal RATE = new BigDecimal("100");
    public static final BigDecimal TAX = new BigDecimal("19");
    public static final String ROUNDING = "15 min UP";

    private BillingFixtures() {
    }

    /** The metadata the platform attaches to a command of the tenant's caller. */
    public static Map<String, String> asCaller() {
        return Map.of(CallerContext.TENANT, TENANT, CallerContext.ACTOR, ACTOR);
    }

    public static Map<String, String> asOtherTenant() {
        return Map.of(CallerContext.TENANT, OTHER_TENANT, CallerContext.ACTOR, ACTOR);
    }

    public static ClientTerms client() {
        return new ClientTerms(CLIENT_ID, "Acme GmbH", "Hauptstr. 1\n10115 Berlin\nDE", "EUR", 14, TAX, buyer());
    }

    /** The buyer of {@link #client()} as an e-invoice names it. */
    public static BuyerDetails buyer() {
        return new BuyerDetails("Acme GmbH", "Hauptstr. 1", null, "10115", "Berlin", "DE", "DE987654321",
                "04011000-12345-34", "invoices@acme.example");
    }

    /** A seller profile with everything EN 16931 and XRechnung ask of a seller. */
    public static SellerDetails seller() {
        return new SellerDetails("Ledgerline Demo GmbH", "Werkstrasse 5", null, "20095", "Hamburg", "DE",
                "DE123456789", "22/815/08154", "Grace Hopper", "billing@ledgerline.example", "+49 40 1234567",
                "DE89370400440532013000", "COBADEFFXXX", "Commerzbank", 14, null, null);
    }

    /** {@link #seller()} as the body of {@code PUT /api/v1/seller-profile}. */
    public static String sellerProfileJson() {
        return """
                {"legalName":"Ledgerline Demo GmbH","line1":"Werkstrasse 5","postalCode":"20095","city":"Hamburg",
                 "country":"DE","vatId":"DE123456789","taxNumber":"22/815/08154","contactName":"Grace Hopper",
                 "email":"billing@ledgerline.example","phone":"+49 40 1234567","iban":"DE89 3704 0044 0532 0130 00",
                 "bic":"COBADEFFXXX","bankName":"Commerzbank","paymentTermsDays":14}""";
    }

    public static SellerSnapshot sellerSnapshot() {
        return new SellerSnapshot(seller(), 0);
    }

    public static BillableEntry entry(String entryId, int minutes, int revision) {
        return new BillableEntry(entryId, PROJECT_ID, "Website relaunch", TASK_ID, null, MEMBER, WORKED, minutes,
                RATE, 0, ROUNDING, revision);
    }

    public static DraftInvoiceCommand draft(ManualLine... manual) {
        return new DraftInvoiceCommand(INVOICE_ID, CLIENT_ID, FROM, TO, LineGrouping.PROJECT, null, List.of(manual));
    }

    // records as project-service and timetracking-service publish them

    public static ProducerRecord<String, byte[]> clientRegistered(String clientId, int termsDays, String taxRate) {
        return record(ProjectEvents.CATALOG, clientId, UUID.randomUUID().toString(), TENANT,
                new ClientRegistered(clientId, "Acme " + clientId.substring(0, 8), "EUR", termsDays,
                        new BigDecimal(taxRate), new BillingAddress("Hauptstr. 1", null, "10115", "Berlin", "DE")));
    }

    public static ProducerRecord<String, byte[]> projectCreated(String projectId, String clientId, String rate) {
        return record(ProjectEvents.CATALOG, projectId, UUID.randomUUID().toString(), TENANT,
                new ProjectCreated(projectId, clientId, "Website relaunch", "WEB-" + projectId.substring(0, 4),
                        BillingMode.TIME_AND_MATERIALS, "EUR", new BigDecimal(rate), null));
    }

    public static ProducerRecord<String, byte[]> fixedFeeProject(String projectId, String clientId, String fee) {
        return record(ProjectEvents.CATALOG, projectId, UUID.randomUUID().toString(), TENANT,
                new ProjectCreated(projectId, clientId, "Audit", "AUD-" + projectId.substring(0, 4),
                        BillingMode.FIXED_FEE, "EUR", null, new BigDecimal(fee)));
    }

    public static ProducerRecord<String, byte[]> memberAdded(String projectId, String userId, String rate) {
        return memberAdded(projectId, userId, ProjectRole.MEMBER, rate);
    }

    public static ProducerRecord<String, byte[]> memberAdded(String projectId, String userId, ProjectRole role,
                                                             String rate) {
        return record(ProjectEvents.CATALOG, projectId, UUID.randomUUID().toString(), TENANT,
                new ProjectMemberAdded(projectId, userId, role, rate == null ? null : new BigDecimal(rate), "EUR"));
    }

    public static ProducerRecord<String, byte[]> rateChanged(String projectId, String userId, String rate,
                                                             LocalDate from, int version) {
        return record(ProjectEvents.CATALOG, projectId, UUID.randomUUID().toString(), TENANT,
                new ProjectRateChanged(projectId, userId, new BigDecimal(rate), "EUR", from, version));
    }

    public static ProducerRecord<String, byte[]> budgetChanged(String projectId, String hours, String amount,
                                                               boolean monthly) {
        return record(ProjectEvents.CATALOG, projectId, UUID.randomUUID().toString(), TENANT,
                new ProjectBudgetChanged(projectId, hours == null ? null : new BigDecimal(hours),
                        amount == null ? null : new BigDecimal(amount), "EUR", monthly));
    }

    /** {@link #TASK_ID} as task-service publishes its creation. */
    public static ProducerRecord<String, byte[]> taskCreated(String projectId, String title) {
        return record(TaskEvents.CATALOG, TASK_ID, UUID.randomUUID().toString(), TENANT,
                new TaskCreated(TASK_ID, projectId, title, null, TaskPriority.NORMAL));
    }

    public static ProducerRecord<String, byte[]> timeLogged(String entryId, String projectId, String userId,
                                                            LocalDate date, int minutes, String eventId) {
        return record(TimeEvents.CATALOG, entryId, eventId, TENANT, new TimeLogged(entryId, userId, projectId,
                TASK_ID, date, minutes - 5, minutes, new RoundingRule(15, RoundingDirection.UP, null), "Work",
                true, userId));
    }

    public static ProducerRecord<String, byte[]> timeAdjusted(String entryId, String projectId, String userId,
                                                              LocalDate date, int minutes) {
        return record(TimeEvents.CATALOG, entryId, UUID.randomUUID().toString(), TENANT,
                new TimeEntryAdjusted(entryId, userId, projectId, TASK_ID, date, minutes, minutes,
                        new RoundingRule(15, RoundingDirection.UP, null), "Work, adjusted", true));
    }

    public static ProducerRecord<String, byte[]> timeDeleted(String entryId, String projectId, String userId) {
        return record(TimeEvents.CATALOG, entryId, UUID.randomUUID().toString(), TENANT,
                new TimeEntryDeleted(entryId, userId, projectId));
    }

    public static ProducerRecord<String, byte[]> approved(String userId, String eventId, String... entryIds) {
        return record(TimeEvents.CATALOG, userId + "/2026-W46", eventId, TENANT,
                new TimesheetApproved(userId, "2026-W46", ACTOR, List.of(entryIds)));
    }

    /** A record of a producer's topic as it publishes it: key = aggregate id, CloudEvents headers. */
    public static ProducerRecord<String, byte[]> record(EventCatalog catalog, String key, String eventId,
                                                        String tenant, IntegrationEvent event) {
        return CloudEventRecords.of(catalog, event, key).id(eventId).tenant(tenant).actor(ACTOR).build();
    }
}
