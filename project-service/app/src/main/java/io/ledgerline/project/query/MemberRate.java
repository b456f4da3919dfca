package io.ledgerline.project.query;

import io.ledgerline.platform.security.MoneyField;
import io.ledgerline.project.api.ProjectRole;
import java.math.BigDecimal;

/** The rate a member works at on a date: their personal rate when they have one in force, else the default. */
public record MemberRate(String userId, ProjectRole role, @MoneyField BigDecimal hourlyRate,
                         boolean personal) {
}
