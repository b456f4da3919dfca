package io.ledgerline.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Work registered under one key runs once, after everything the transaction applied, and at once outside one;
 * collected writes go out as one batch per key, in order, before any end work.
 */
class InboxTransactionTest {

    private final List<String> done = new ArrayList<>();

    @Test
    void workUnderAnEqualKeyRunsOnceAtTheEndOfTheTransaction() {
        String result = InboxTransaction.within(() -> {
            for (int record = 0; record < 3; record++) {
                done.add("record " + record);
                InboxTransaction.atEnd(List.of("burn", "p1"), () -> done.add("burn p1"));
                InboxTransaction.atEnd(List.of("burn", "p" + (record % 2 + 2)), () -> done.add("burn other"));
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(done).containsExactly("record 0", "record 1", "record 2", "burn p1", "burn other", "burn other");
    }

    @Test
    void workRegisteredByEndWorkRunsTooAndNothingLeaksIntoTheNextTransaction() {
        InboxTransaction.within(() -> {
            InboxTransaction.atEnd("first", () -> InboxTransaction.atEnd("second", () -> done.add("second")));
            return null;
        });
        InboxTransaction.atEnd("outside", () -> done.add("outside, at once"));

        assertThat(done).containsExactly("second", "outside, at once");
    }

    @Test
    void collectedWritesGoOutAsOneBatchInOrderBeforeTheEndWork() {
        InboxTransaction.within(() -> {
            for (int record = 0; record < 3; record++) {
                InboxTransaction.atEnd("burn", () -> done.add("burn reads the ledger"));
                InboxTransaction.collect("ledger", "entry " + record, batch -> done.add("ledger " + batch));
                InboxTransaction.collect("inbox", "id " + record, batch -> done.add("inbox " + batch));
            }
            done.add("applied");
            return null;
        });

        assertThat(done).containsExactly("applied", "ledger [entry 0, entry 1, entry 2]",
                "inbox [id 0, id 1, id 2]", "burn reads the ledger");
    }

    @Test
    void aFlushWritesWhatWasCollectedSoFarAndLaterItemsMakeANewBatch() {
        InboxTransaction.within(() -> {
            InboxTransaction.collect("ledger", "entry 0", batch -> done.add("ledger " + batch));
            InboxTransaction.collect("ledger", "entry 1", batch -> done.add("ledger " + batch));
            InboxTransaction.flush("ledger");
            done.add("read after the flush");
            InboxTransaction.flush("nothing collected");
            InboxTransaction.collect("ledger", "entry 2", batch -> done.add("ledger " + batch));
            return null;
        });
        InboxTransaction.collect("ledger", "outside", batch -> done.add("at once " + batch));
        InboxTransaction.flush("ledger");

        assertThat(done).containsExactly("ledger [entry 0, entry 1]", "read after the flush", "ledger [entry 2]",
                "at once [outside]");
    }

    @Test
    void endWorkThatCollectsHasItsWritesGoOutBeforeTheNextEndWork() {
        InboxTransaction.within(() -> {
            InboxTransaction.atEnd("first", () -> InboxTransaction.collect("ledger", "late",
                    batch -> done.add("ledger " + batch)));
            InboxTransaction.atEnd("second", () -> done.add("second"));
            return null;
        });

        assertThat(done).containsExactly("ledger [late]", "second");
    }

    @Test
    void aFailingEndWorkFailsTheTransaction() {
        done.add("before");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InboxTransaction.within(() -> {
            InboxTransaction.atEnd("boom", () -> {
                throw new IllegalStateException("burn failed");
            });
            return null;
        })).hasMessage("burn failed");
        InboxTransaction.atEnd("after", () -> done.add("after, at once"));

        assertThat(done).containsExactly("before", "after, at once");
    }

    @Test
    void endWorkRunsAsTheLatestRecordThatAskedForItThoughItsScopeHasClosed() {
        CallerContext first = new CallerContext("acme", "system:billing-service", "request-1", "event-1");
        CallerContext second = new CallerContext("acme", "system:billing-service", "request-2", "event-2");
        InboxTransaction.within(() -> {
            for (CallerContext record : List.of(first, second)) {
                try (CallerContexts.Scope ignored = CallerContexts.open(record)) {
                    InboxTransaction.atEnd("burn", () -> done.add("burn as " + CallerContexts.require()));
                }
            }
            return null;
        });

        assertThat(done).containsExactly("burn as " + second);
        assertThat(CallerContexts.current()).isEmpty();
    }

    @Test
    void endWorkRegisteredWithoutACallerRunsWithoutOne() {
        InboxTransaction.within(() -> {
            InboxTransaction.atEnd("orphan", () -> done.add("caller " + CallerContexts.current().isPresent()));
            return null;
        });

        assertThat(done).containsExactly("caller false");
    }
}
