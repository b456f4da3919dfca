package io.ledgerline.task.web;

import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.query.TaskFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query of {@code GET /api/v1/tasks}: filters, then a page of at most 100 tasks (20 unless asked). */
record ListTasksParams(
        String projectId,
        String assignee,
        TaskStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
        @Min(0) Integer page,
        @Min(1) @Max(100) Integer size) {

    static final int DEFAULT_SIZE = 20;

    /** The filter, narrowed to the projects {@code memberOf} belongs to unless that is null. */
    TaskFilter filter(String memberOf) {
        return new TaskFilter(projectId, assignee, status, dueBefore, memberOf);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }
}
