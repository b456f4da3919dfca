package io.ledgerline.platform.ops;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/ops/dead-letters}: list, retry and evict this service's dead letters of both kinds, the records its
 * subscriptions left on the {@code .dlt} topics ({@code "source":"kafka"}) and the events parked in its processing
 * groups' dead-letter queues ({@code "source":"processing-group"}). The platform operator only (security).
 */
@RestController
@RequestMapping("/api/v1/ops/dead-letters")
class DeadLettersController {

    private final DeadLetters deadLetters;
    private final ParkedEvents parkedEvents;

    DeadLettersController(DeadLetters deadLetters, ParkedEvents parkedEvents) {
        this.deadLetters = deadLetters;
        this.parkedEvents = parkedEvents;
    }

    @GetMapping
    List<Object> all() {
        List<Object> all = new ArrayList<>(deadLetters.list());
        all.addAll(parkedEvents.list());
        return all;
    }

    /** 202: the original record is back on its topic; consumers apply it (once, by its ce_id) when they get to it. */
    @PostMapping("/{topic}/{partition}/{offset}/retry")
    ResponseEntity<Void> retry(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        deadLetters.retry(topic, partition, offset);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{topic}/{partition}/{offset}/evict")
    ResponseEntity<Void> evict(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        deadLetters.evict(topic, partition, offset);
        return ResponseEntity.noContent().build();
    }

    /** 200 either way: whether the parked event's sequence was handled this time, and what is still parked of it. */
    @PostMapping("/processing-groups/{group}/{id}/retry")
    RetryOutcome retryParked(@PathVariable String group, @PathVariable String id) {
        return parkedEvents.retry(group, id);
    }

    @PostMapping("/processing-groups/{group}/{id}/evict")
    ResponseEntity<Void> evictParked(@PathVariable String group, @PathVariable String id) {
        parkedEvents.evict(group, id);
        return ResponseEntity.noContent().build();
    }
}
