package io.ledgerline.project.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change the project's default rate ({@code userId} null) or a member's personal rate from a date on. */
public record ChangeProjectRateCommand(@TargetAggregateIdentifier String projectId, String userId,
                                       BigDecimal hourlyRate, LocalDate effectiveFrom,
                                       @TargetAggregateVersion Long expectedVersion) {
}
