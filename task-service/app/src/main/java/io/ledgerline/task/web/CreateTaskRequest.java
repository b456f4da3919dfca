package io.ledgerline.task.web;

import io.ledgerline.task.api.TaskPriority;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/tasks}. */
record CreateTaskRequest(
        @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String projectId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        TaskPriority priority,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal estimateHours,
        LocalDate dueDate) {
}
