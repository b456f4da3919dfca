-- Webhook subscriptions of a tenant: where to deliver which event types, signed with which secret. The secret is
-- kept as given because every delivery is signed with it; it is never returned by the API.
CREATE TABLE webhook_subscription (
    subscription_id VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant          VARCHAR(100)  NOT NULL,
    target_url      VARCHAR(2000) NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    description     VARCHAR(200),
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);

CREATE INDEX webhook_subscription_tenant ON webhook_subscription (tenant, created_at);

-- The event types a subscription takes: a CloudEvents type or a wildcard per topic such as ledgerline.task.*
CREATE TABLE webhook_subscription_type (
    subscription_id VARCHAR(36)  NOT NULL REFERENCES webhook_subscription ON DELETE CASCADE,
    event_type      VARCHAR(255) NOT NULL,
    PRIMARY KEY (subscription_id, event_type)
);

CREATE INDEX webhook_subscription_type_by_type ON webhook_subscription_type (event_type);

-- Every consumed integration event, with its CloudEvents attributes as received and its data bytes unchanged, so
-- that deliveries, redeliveries and replays are built from exactly what the producer published.
CREATE TABLE webhook_event (
    event_seq         BIGSERIAL    NOT NULL PRIMARY KEY,
    event_id          VARCHAR(255) NOT NULL UNIQUE,
    tenant            VARCHAR(100) NOT NULL,
    topic             VARCHAR(255) NOT NULL,
    event_type        VARCHAR(255) NOT NULL,
    source            VARCHAR(255) NOT NULL,
    subject           VARCHAR(255),
    event_time        VARCHAR(64)  NOT NULL,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    data_content_type VARCHAR(100) NOT NULL,
    actor             VARCHAR(200),
    correlation_id    VARCHAR(255),
    causation_id      VARCHAR(255),
    data              BYTEA        NOT NULL,
    received_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX webhook_event_replay ON webhook_event (tenant, occurred_at);

-- One HTTP delivery of one event to one subscription, with its exact body. Pending deliveries are the queue: the
-- dispatcher claims them with FOR UPDATE SKIP LOCKED and a lease, oldest first, never one whose ordering key (the
-- aggregate) has an older pending delivery for the same subscription.
CREATE TABLE webhook_delivery (
    delivery_seq     BIGSERIAL    NOT NULL UNIQUE,
    delivery_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    subscription_id  VARCHAR(36)  NOT NULL REFERENCES webhook_subscription ON DELETE CASCADE,
    tenant           VARCHAR(100) NOT NULL,
    event_id         VARCHAR(255) NOT NULL,
    event_type       VARCHAR(255) NOT NULL,
    ordering_key     VARCHAR(255) NOT NULL,
    cause            VARCHAR(16)  NOT NULL,
    redelivery_of    VARCHAR(36),
    body             BYTEA        NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    lease_until      TIMESTAMPTZ,
    last_status_code INTEGER,
    last_latency_ms  BIGINT,
    last_error       VARCHAR(1000),
    last_attempt_at  TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at, delivery_seq) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_order ON webhook_delivery (subscription_id, ordering_key, delivery_seq)
    WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, delivery_seq);

-- Every attempt of a delivery: when, the answer's status code (none when no answer came), latency and error.
CREATE TABLE webhook_attempt (
    delivery_id  VARCHAR(36)   NOT NULL REFERENCES webhook_delivery ON DELETE CASCADE,
    attempt_no   INTEGER       NOT NULL,
    attempted_at TIMESTAMPTZ   NOT NULL,
    status_code  INTEGER,
    latency_ms   BIGINT        NOT NULL,
    error        VARCHAR(1000),
    PRIMARY KEY (delivery_id, attempt_no)
);
