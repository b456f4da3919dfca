-- The read model of the tracking projection that the operations tests replay.
CREATE TABLE note_count (
    note_id VARCHAR(255) NOT NULL PRIMARY KEY,
    text    TEXT         NOT NULL
);
