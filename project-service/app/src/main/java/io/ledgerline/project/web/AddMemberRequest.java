package io.ledgerline.project.web;

import io.ledgerline.platform.web.UserIds;
import io.ledgerline.project.api.ProjectRole;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/projects/{id}/members}; {@code hourlyRate} is an optional personal rate. */
record AddMemberRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = UserIds.PATTERN, message = UserIds.MESSAGE) String userId,
        @NotNull ProjectRole role,
        @DecimalMin("0") @Digits(integer = 9, fraction = 4) BigDecimal hourlyRate) {
}
