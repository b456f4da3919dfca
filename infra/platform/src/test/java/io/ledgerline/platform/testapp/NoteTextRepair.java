package io.ledgerline.platform.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The note texts the note-text projection refuses, a bug per marker, until the fix for it is deployed. */
public class NoteTextRepair {

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public void breakFor(String marker) {
        refused.add(marker);
    }

    public void deploy(String marker) {
        refused.remove(marker);
    }

    boolean refuses(String text) {
        return refused.stream().anyMatch(text::startsWith);
    }
}
