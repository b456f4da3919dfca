-- The read model of the projection whose failures are parked in Axon's dead-letter queue. The short text column is
-- deliberate: a longer note fails in SQL, which must not keep the projection's transaction from parking the event.
CREATE TABLE note_text (
    note_id VARCHAR(255) NOT NULL PRIMARY KEY,
    text    VARCHAR(40)  NOT NULL
);
