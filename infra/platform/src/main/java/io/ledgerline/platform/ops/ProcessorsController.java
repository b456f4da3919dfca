package io.ledgerline.platform.ops;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/ops/processors}: what each event processor is doing, and replays. The platform operator only
 * (security).
 */
@RestController
@RequestMapping("/api/v1/ops/processors")
class ProcessorsController {

    private final EventProcessors processors;

    ProcessorsController(EventProcessors processors) {
        this.processors = processors;
    }

    @GetMapping
    List<ProcessorStatus> all() {
        return processors.all();
    }

    @GetMapping("/{name}")
    ProcessorStatus one(@PathVariable String name) {
        return processors.one(name);
    }

    /** 202: the replay runs in the background; its progress shows in the processor's status. */
    @PostMapping("/{name}/replay")
    ResponseEntity<ProcessorStatus> replay(@PathVariable String name) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/ops/processors/" + name))
                .body(processors.replay(name));
    }
}
