-- The inbox: one row per integration event a consumer has applied, written in the same transaction as the effect,
-- so a redelivered event (same ce_id) is recognised and skipped.
CREATE TABLE processed_event (
    consumer      VARCHAR(200) NOT NULL,
    event_id      VARCHAR(255) NOT NULL,
    event_type    VARCHAR(255) NOT NULL,
    topic         VARCHAR(255) NOT NULL,
    partition_no  INTEGER      NOT NULL,
    record_offset BIGINT       NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
