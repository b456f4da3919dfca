package io.ledgerline.platform.testapp;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Until {@link #deploy()} is called, the note log refuses notes starting with "fixable": a bug awaiting its fix.
 *
 * <p>A fix reaches every instance at once: the test JVM holds one application context per distinct test
 * configuration, each consuming in the same consumer group, and a retried record may land on any of them.
 */
public class NoteLogRepair {

    private static final AtomicBoolean DEPLOYED = new AtomicBoolean();

    public void deploy() {
        DEPLOYED.set(true);
    }

    boolean refuses(String text) {
        return text.startsWith("fixable") && !DEPLOYED.get();
    }
}
