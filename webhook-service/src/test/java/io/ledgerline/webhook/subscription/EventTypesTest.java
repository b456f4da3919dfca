package io.ledgerline.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.timetracking.api.TimeEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private final EventTypes types = new EventTypes(List.of(TaskEvents.CATALOG, TimeEvents.CATALOG));

    @Test
    void takesPublishedTypesAndOneWildcardPerTopicWithoutDuplicates() {
        assertThat(types.validate(List.of("ledgerline.task.TaskAssigned.v1", "ledgerline.time.*",
                "ledgerline.task.TaskAssigned.v1"))).containsExactly("ledgerline.task.TaskAssigned.v1",
                "ledgerline.time.*");
        assertThat(EventTypes.wildcardOf(TaskEvents.CATALOG)).isEqualTo("ledgerline.task.*");
    }

    @Test
    void refusesTypesNobodyPublishesAndBroaderWildcards() {
        assertThatThrownBy(() -> types.validate(List.of("ledgerline.task.TaskExploded.v1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TaskExploded");
        assertThatThrownBy(() -> types.validate(List.of("*"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> types.validate(List.of("ledgerline.*"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> types.validate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
