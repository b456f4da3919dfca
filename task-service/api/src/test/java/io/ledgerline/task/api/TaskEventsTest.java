package io.ledgerline.task.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import org.junit.jupiter.api.Test;

class TaskEventsTest {

    @Test
    void describesEveryPublishedTypeWithASchema() {
        assertThat(TaskEvents.CATALOG.byType()).hasSize(9);
        TaskEvents.CATALOG.byType().keySet().forEach(type -> assertThat(getClass().getClassLoader()
                .getResource(EventCatalog.schemaResource(type))).as(type).isNotNull());
    }

    @Test
    void keepsTaskCreatedV1BackwardCompatible() {
        JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource("ledgerline.task.TaskCreated.v1"), """
                {"taskId":"5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a01","projectId":"8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10",
                 "title":"Design review","priority":"HIGH"}""");
    }

    @Test
    void publishesAClearedDueDateWithoutTheDate() {
        JsonSchemaAssertions.assertMatchesSchema(
                EventCatalog.schemaResource("ledgerline.task.TaskDueDateChanged.v1"), """
                {"taskId":"5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a01","projectId":"8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10"}""");
    }
}
