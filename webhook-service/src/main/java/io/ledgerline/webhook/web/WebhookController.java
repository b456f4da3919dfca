package io.ledgerline.webhook.web;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.webhook.subscription.NewWebhook;
import io.ledgerline.webhook.subscription.RotatedSecret;
import io.ledgerline.webhook.subscription.WebhookSubscription;
import io.ledgerline.webhook.subscription.WebhookSubscriptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registers, lists, reads and deletes the caller's tenant's webhooks, and rotates their secrets. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "webhooks")
class WebhookController {

    static final String WEBHOOK = "Webhook";

    private final WebhookSubscriptions webhooks;

    WebhookController(WebhookSubscriptions webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    @Operation(summary = "Register a webhook: a public https target, the event types it takes and a signing secret")
    ResponseEntity<WebhookSubscription> create(@Valid @RequestBody CreateWebhookRequest request) {
        CallerContext caller = CallerContexts.require();
        WebhookSubscription created = webhooks.register(caller.tenant(), caller.actor(), new NewWebhook(
                request.targetUrl(), request.eventTypes(), request.secret(), request.description()));
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscriptionId())).body(created);
    }

    @GetMapping
    @Operation(summary = "The tenant's webhooks, oldest first; secrets are never shown")
    List<WebhookSubscription> list() {
        return webhooks.list(CallerContexts.require().tenant());
    }

    @GetMapping("/{subscriptionId}")
    @Operation(summary = "One webhook of the tenant")
    WebhookSubscription get(@PathVariable String subscriptionId) {
        return webhooks.find(CallerContexts.require().tenant(), subscriptionId)
                .orElseThrow(() -> new NotFoundException(WEBHOOK, subscriptionId));
    }

    /** The new secret is in this answer only: it is stored sealed and never shown again. */
    @PostMapping("/{subscriptionId}/rotate-secret")
    @Operation(summary = "Give the webhook a new generated secret, shown once; the old one keeps signing for the "
            + "overlap")
    ResponseEntity<RotatedSecret> rotateSecret(@PathVariable String subscriptionId,
                                               @RequestBody(required = false) RotateSecretRequest request) {
        RotatedSecret rotated = webhooks.rotateSecret(CallerContexts.require().tenant(), subscriptionId,
                        request == null ? null : request.overlap())
                .orElseThrow(() -> new NotFoundException(WEBHOOK, subscriptionId));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(rotated);
    }

    @DeleteMapping("/{subscriptionId}")
    @Operation(summary = "Delete a webhook with its delivery log; pending deliveries are dropped")
    ResponseEntity<Void> delete(@PathVariable String subscriptionId) {
        if (!webhooks.delete(CallerContexts.require().tenant(), subscriptionId)) {
            throw new NotFoundException(WEBHOOK, subscriptionId);
        }
        return ResponseEntity.noContent().build();
    }
}
