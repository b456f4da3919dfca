package io.ledgerline.platform.testapp;

import java.util.concurrent.atomic.AtomicBoolean;

/** Until {@link #deploy()} is called, the note log refuses notes starting with "fixable": a bug awaiting its fix. */
public class NoteLogRepair {

    private final AtomicBoolean deployed = new AtomicBoolean();

    public void deploy() {
        deployed.set(true);
    }

    boolean refuses(String text) {
        return text.startsWith("fixable") && !deployed.get();
    }
}
