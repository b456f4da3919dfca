package io.ledgerline.platform.testapp;

import io.ledgerline.contract.EventCatalog;
import java.util.List;

public final class NoteEvents {

    public static final EventCatalog CATALOG = new EventCatalog("ledgerline.platformtest.v1",
            "/ledgerline/platform-test", List.of(NoteWritten.class));

    private NoteEvents() {
    }
}
