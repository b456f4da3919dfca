package io.ledgerline.platform.ops;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/ops/dead-letters}: list, retry and evict this service's dead letters. Admins only (security). */
@RestController
@RequestMapping("/api/v1/ops/dead-letters")
class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetter> all() {
        return deadLetters.list();
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
}
