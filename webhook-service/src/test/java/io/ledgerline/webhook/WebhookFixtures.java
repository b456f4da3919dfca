package io.ledgerline.webhook;

import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.CloudEventRecords;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test data for webhook-service: task-service's records as it publishes them, and webhook requests. */
public final class WebhookFixtures {

    public static final String TASK_ASSIGNED = "ledgerline.task.TaskAssigned.v1";
    public static final String TASK_CREATED = "ledgerline.task.TaskCreated.v1";
    public static final String TASK_WILDCARD = "ledgerline.task.*";
    public static final String SECRET = "whsec-0123456789abcdef";
    /** The key of the test configuration ({@code config/application.yml}), which seals secrets in tests. */
    public static final String SECRET_KEY = "hPMQoRopiC6BoqIB12H9nBk0fh1c1IJ6e5txZjWF/7c=";
    /** Another valid key: not the one the test database's secrets are sealed with. */
    public static final String OTHER_SECRET_KEY = "tC7Vo18zLwCbuTdimZ4R2svjJg7Hbv8lBggfvRADE4Y=";
    public static final String TIME = "2026-11-26T09:00:00Z";

    private WebhookFixtures() {
    }

    /** A tenant of its own, so tests never see each other's webhooks and events. */
    public static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** TaskAssigned as task-service publishes it, with data JSON that has a field this service's api lacks. */
    public static String assignedData(String taskId) {
        return "{\"taskId\":\"" + taskId + "\", \"projectId\":\"p-1\",\"userId\":\"bob\",\"later\":{\"x\":1}}";
    }

    public static String createdData(String taskId) {
        return "{\"taskId\":\"" + taskId
                + "\",\"projectId\":\"p-1\",\"title\":\"Design review\",\"priority\":\"HIGH\"}";
    }

    public static ProducerRecord<String, byte[]> assigned(String tenant, String taskId, String eventId) {
        return taskRecord(tenant, taskId, eventId, TASK_ASSIGNED, assignedData(taskId), TIME);
    }

    /** A record of ledgerline.task.v1: key and subject = the task id, CloudEvents headers as the platform writes. */
    public static ProducerRecord<String, byte[]> taskRecord(String tenant, String taskId, String eventId, String type,
                                                            String data, String time) {
        return CloudEventRecords.raw(TaskEvents.CATALOG, type, data, taskId).id(eventId).tenant(tenant).actor("alice")
                .time(time).header(CloudEventHeaders.CONTENT_TYPE, "application/json").build();
    }

    /** Whether the UTF-8 bytes of the text occur anywhere in the stored bytes: a secret kept in the clear. */
    public static boolean contains(byte[] stored, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int start = 0; start + needle.length <= stored.length; start++) {
            if (java.util.Arrays.equals(stored, start, start + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /** The body of a webhook registration. */
    public static String webhook(String targetUrl, String... eventTypes) {
        return "{\"targetUrl\":\"" + targetUrl + "\",\"eventTypes\":[" + String.join(",",
                java.util.Arrays.stream(eventTypes).map(type -> "\"" + type + "\"").toList())
                + "],\"secret\":\"" + SECRET + "\",\"description\":\"ERP sync\"}";
    }
}
