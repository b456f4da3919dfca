package io.ledgerline.platform.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The note texts the note-text projection refuses, a bug per marker, until the fix for it is deployed. Bugs and
 * fixes reach every instance at once, as {@link NoteLogRepair}'s do.
 */
public class NoteTextRepair {

    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    public void breakFor(String marker) {
        REFUSED.add(marker);
    }

    public void deploy(String marker) {
        REFUSED.remove(marker);
    }

    boolean refuses(String text) {
        return REFUSED.stream().anyMatch(text::startsWith);
    }
}
