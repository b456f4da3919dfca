package io.ledgerline.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child processes of one stack in start order. Once stopped it starts nothing more, so a Ctrl-C during start-up
 * cannot leave a process behind that was started after the stop had begun.
 */
final class ProcessGroup {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessGroup.class);

    private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
    private boolean stopped;

    synchronized ChildProcess start(ChildProcess process) {
        if (stopped) {
            throw new IllegalStateException("The stack is stopped; not starting " + process.name());
        }
        process.start();
        processes.put(process.name(), process);
        return process;
    }

    synchronized ChildProcess get(String name) {
        ChildProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("No process '" + name + "' in this stack, known: " + processes.keySet());
        }
        return process;
    }

    /** Stops every process, last started first, each with SIGTERM and up to {@code grace}; idempotent. */
    void stopAll(Duration grace) {
        List<ChildProcess> running;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            running = new ArrayList<>(processes.values());
        }
        Collections.reverse(running);
        for (ChildProcess process : running) {
            LOG.info("Stopping {}", process.name());
            process.stop(grace);
        }
    }
}
