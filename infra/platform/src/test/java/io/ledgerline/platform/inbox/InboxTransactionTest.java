package io.ledgerline.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work registered under one key runs once, after everything the transaction applied, and at once outside one. */
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
}
