package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/**
 * A project was created; it starts ACTIVE and takes work from now on.
 *
 * @param projectId         the project's id
 * @param clientId          the client the project is for, when it has one
 * @param name              the project's name
 * @param code              the project's short code, unique per tenant
 * @param billingMode       how work on the project is charged
 * @param currency          ISO 4217 code of every amount on the project
 * @param defaultHourlyRate the hourly rate for members without a personal one, if any
 * @param fixedFee          the fee of a {@link BillingMode#FIXED_FEE} project, if any
 */
@EventType("ledgerline.project.ProjectCreated.v1")
public record ProjectCreated(String projectId, String clientId, String name, String code, BillingMode billingMode,
                             String currency, BigDecimal defaultHourlyRate, BigDecimal fixedFee)
        implements IntegrationEvent {
}
