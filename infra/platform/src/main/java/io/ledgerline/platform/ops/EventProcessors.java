package io.ledgerline.platform.ops;

import io.ledgerline.platform.web.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Status of this service's event processors, and replays: shut down, reset the tokens, start again. */
class EventProcessors {

    private static final Logger LOG = LoggerFactory.getLogger(EventProcessors.class);

    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;

    EventProcessors(EventProcessingConfiguration processing, ProcessorTokens tokens) {
        this.processing = processing;
        this.tokens = tokens;
    }

    List<ProcessorStatus> all() {
        long head = tokens.head();
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> status(processor, head))
                .toList();
    }

    ProcessorStatus one(String name) {
        return status(find(name), tokens.head());
    }

    /**
     * Rebuilds the processor's read model from the first event: its reset handlers clear what it built, then it
     * handles every stored event again. Returns as soon as it has started again; the replay runs in the background.
     */
    ProcessorStatus replay(String name) {
        EventProcessor processor = find(name);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            throw new IllegalStateException(name + " is a subscribing processor and cannot replay; make it tracking "
                    + "(axon.eventhandling.processors." + name + ".mode) to rebuild its read model");
        }
        if (!streaming.supportsReset()) {
            throw new IllegalStateException(name + " has handlers that do not support a reset");
        }
        LOG.info("Replaying {}: shutting down, resetting its tokens, starting again", name);
        streaming.shutDown();
        try {
            streaming.resetTokens();
        } finally {
            streaming.start();
        }
        return one(name);
    }

    private EventProcessor find(String name) {
        return processing.eventProcessor(name).orElseThrow(() -> new NotFoundException("event processor", name));
    }

    private ProcessorStatus status(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), "subscribing", processor.isRunning(), processor.isError(),
                    false, head, null, 0, List.of());
        }
        Map<Integer, EventTrackerStatus> owned = streaming.processingStatus();
        List<SegmentStatus> segments = tokens.of(processor.getName()).stream()
                .map(token -> segment(token, owned.get(token.segment()), head))
                .toList();
        long position = segments.stream().mapToLong(SegmentStatus::position).min().orElse(-1);
        return new ProcessorStatus(processor.getName(), type(processor), streaming.isRunning(), streaming.isError(),
                streaming.isReplaying(), head, position, Math.max(0, head - position), segments);
    }

    private static SegmentStatus segment(ProcessorTokens.SegmentToken token, EventTrackerStatus status, long head) {
        long position = token.position().orElse(-1);
        if (status == null) {
            return new SegmentStatus(token.segment(), token.owner(), position, Math.max(0, head - position),
                    null, null, null, null);
        }
        Double progress = null;
        OptionalLong reset = status.getResetPosition();
        if (status.isReplaying() && reset.isPresent() && reset.getAsLong() > 0) {
            progress = Math.min(1.0, Math.max(0, status.getCurrentPosition().orElse(0)) / (double) reset.getAsLong());
        }
        String error = status.isErrorState() && status.getError() != null ? status.getError().toString() : null;
        return new SegmentStatus(token.segment(), token.owner(), position, Math.max(0, head - position),
                status.isCaughtUp(), status.isReplaying(), progress, error);
    }

    private static String type(EventProcessor processor) {
        if (processor instanceof TrackingEventProcessor) {
            return "tracking";
        }
        return processor instanceof PooledStreamingEventProcessor ? "pooled-streaming" : "streaming";
    }
}
