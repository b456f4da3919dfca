package io.ledgerline.webhook.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.BadRequestException;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.webhook.delivery.Deliveries;
import io.ledgerline.webhook.delivery.DeliveryStatus;
import io.ledgerline.webhook.delivery.DeliveryView;
import io.ledgerline.webhook.subscription.WebhookSubscriptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A webhook's delivery log, redelivery of a past delivery and replay from an instant. */
@RestController
@RequestMapping("/api/v1/webhooks/{subscriptionId}")
@Tag(name = "webhooks")
class DeliveryController {

    static final int MAX_LIMIT = 100;

    private final WebhookSubscriptions webhooks;
    private final Deliveries deliveries;

    DeliveryController(WebhookSubscriptions webhooks, Deliveries deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @GetMapping("/deliveries")
    @Operation(summary = "The webhook's deliveries, newest first, each with its attempts, status codes and latency")
    List<DeliveryView> log(@PathVariable String subscriptionId,
                           @RequestParam(required = false) DeliveryStatus status,
                           @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return deliveries.log(tenantOwning(subscriptionId), subscriptionId, status, limit);
    }

    @GetMapping("/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with its attempts")
    DeliveryView delivery(@PathVariable String subscriptionId, @PathVariable String deliveryId) {
        return deliveries.find(tenantOwning(subscriptionId), subscriptionId, deliveryId)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
    }

    @PostMapping("/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Post a past delivery again, byte for byte, as a new delivery (freshly signed)")
    ResponseEntity<DeliveryView> redeliver(@PathVariable String subscriptionId, @PathVariable String deliveryId) {
        DeliveryView redelivery = deliveries.redeliver(tenantOwning(subscriptionId), subscriptionId, deliveryId)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        return ResponseEntity.accepted().location(URI.create("/api/v1/webhooks/" + subscriptionId + "/deliveries/"
                + redelivery.deliveryId())).body(redelivery);
    }

    @PostMapping("/replay")
    @Operation(summary = "Enqueue every stored event the webhook selects from an instant on, in arrival order")
    ResponseEntity<ReplayAccepted> replay(@PathVariable String subscriptionId,
                                          @Valid @RequestBody ReplayRequest request) {
        int enqueued = deliveries.replay(tenantOwning(subscriptionId), subscriptionId, request.from());
        return ResponseEntity.accepted().body(new ReplayAccepted(subscriptionId, request.from(), enqueued));
    }

    /** The caller's tenant, once it is known to own the webhook; 404 otherwise. */
    private String tenantOwning(String subscriptionId) {
        String tenant = CallerContexts.require().tenant();
        if (webhooks.find(tenant, subscriptionId).isEmpty()) {
            throw new NotFoundException(WebhookController.WEBHOOK, subscriptionId);
        }
        return tenant;
    }
}
