package io.ledgerline.webhook.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new webhook. The secret is write-only: no response ever contains it.
 *
 * @param targetUrl   the https URL deliveries are posted to; it must resolve to public addresses only
 * @param eventTypes  CloudEvents types such as {@code ledgerline.task.TaskAssigned.v1}, or topic wildcards such as
 *                    {@code ledgerline.task.*}
 * @param secret      the HMAC-SHA256 key of the {@code Ledgerline-Signature} header, 16 to 200 characters
 * @param description what the webhook is for
 */
record CreateWebhookRequest(
        @NotBlank @Size(max = 2000) String targetUrl,
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes,
        @NotBlank @Size(min = 16, max = 200) String secret,
        @Size(max = 200) String description) {

    @Override
    public String toString() {
        return "CreateWebhookRequest[targetUrl=" + targetUrl + ", eventTypes=" + eventTypes + ", secret=***]";
    }
}
