package io.ledgerline.platform.context;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.messaging.MetaData;

/**
 * The metadata every stored event carries.
 *
 * @param tenant        the tenant the work belongs to
 * @param actor         the user or client id that asked for it
 * @param correlationId the request it belongs to (the caller's X-Request-Id, or one made up for it)
 * @param causationId   the id of the message that caused this one, when there is one
 */
public record CallerContext(String tenant, String actor, String correlationId, String causationId) {

    public static final String TENANT = "tenant";
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** How a service names itself as the actor of its reactions: {@code system:<spring.application.name>}. */
    public static final String SYSTEM_ACTOR_PREFIX = "system:";

    public CallerContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The caller context a message carries, if it carries one. */
    public static Optional<CallerContext> of(MetaData metaData) {
        Object tenant = metaData.get(TENANT);
        if (tenant == null) {
            return Optional.empty();
        }
        return Optional.of(new CallerContext(tenant.toString(), String.valueOf(metaData.get(ACTOR)),
                String.valueOf(metaData.get(CORRELATION_ID)),
                metaData.get(CAUSATION_ID) == null ? null : metaData.get(CAUSATION_ID).toString()));
    }

    /** This context as Axon metadata; the causation id only when known. */
    public Map<String, String> asMetaData() {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(TENANT, tenant);
        metaData.put(ACTOR, actor);
        metaData.put(CORRELATION_ID, correlationId);
        if (causationId != null) {
            metaData.put(CAUSATION_ID, causationId);
        }
        return metaData;
    }

    /**
     * The context of {@code service}'s reaction to the message {@code causeId} of this context: the same tenant and
     * request (correlation id), acted by the service itself and caused by that message.
     */
    public CallerContext reactionBy(String service, String causeId) {
        return new CallerContext(tenant, systemActor(service), correlationId, causeId);
    }

    /** The actor a service's reactions carry, such as {@code system:billing-service}. */
    public static String systemActor(String service) {
        return SYSTEM_ACTOR_PREFIX + service;
    }

    /** The same caller and request, caused by another message. */
    public CallerContext causedBy(String messageId) {
        return new CallerContext(tenant, actor, correlationId, messageId);
    }
}
