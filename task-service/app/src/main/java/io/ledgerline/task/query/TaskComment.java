package io.ledgerline.task.query;

import java.time.Instant;

/** A comment on a task. */
public record TaskComment(String commentId, String authorId, String text, Instant createdAt) {
}
