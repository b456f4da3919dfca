package io.ledgerline.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.command.api.CreateProjectCommand;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A project of a client: its billing settings and where it is in its life. */
@Aggregate
class Project {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    @AggregateIdentifier
    private String projectId;
    private ProjectStatus status;

    Project() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    Project(CreateProjectCommand command) {
        requireText(command.name(), "name", 200);
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            throw new IllegalArgumentException("code must be 1 to 32 upper-case letters, digits, '-' or '_'");
        }
        if (command.billingMode() == null) {
            throw new IllegalArgumentException("billingMode is required");
        }
        requireCurrency(command.currency());
        requireNotNegative(command.defaultHourlyRate(), "defaultHourlyRate");
        requireNotNegative(command.fixedFee(), "fixedFee");
        if (command.billingMode() == BillingMode.FIXED_FEE && command.fixedFee() == null) {
            throw new IllegalArgumentException("a FIXED_FEE project needs a fixedFee");
        }
        apply(new ProjectCreatedEvent(command.projectId(), command.clientId(), command.name().strip(),
                command.code(), command.billingMode(), command.currency(), command.defaultHourlyRate(),
                command.fixedFee()));
    }

    @EventSourcingHandler
    void on(ProjectCreatedEvent event) {
        projectId = event.projectId();
        status = ProjectStatus.ACTIVE;
    }

    private static void requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new IllegalArgumentException(field + " must be 1 to " + maxLength + " characters");
        }
    }

    private static void requireCurrency(String currency) {
        try {
            if (currency == null || !Currency.getInstance(currency).getCurrencyCode().equals(currency)) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, not " + currency, e);
        }
    }

    private static void requireNotNegative(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
    }
}
