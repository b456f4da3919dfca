-- Deliberately without a unique key: a duplicate application would show as a second row.
CREATE TABLE note_log (
    event_id       VARCHAR(255) NOT NULL,
    note_id        VARCHAR(255) NOT NULL,
    text           TEXT         NOT NULL,
    tenant         VARCHAR(100) NOT NULL,
    correlation_id VARCHAR(255) NOT NULL
);
