package io.ledgerline.project.query;

import io.ledgerline.platform.security.MoneyField;
import io.ledgerline.project.api.ProjectRole;
import java.math.BigDecimal;

/** A member of a project; {@code hourlyRate} is their personal rate in force, absent when the default applies. */
public record ProjectMember(String userId, ProjectRole role, @MoneyField BigDecimal hourlyRate) {
}
