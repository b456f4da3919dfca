-- Dead letters an operator has dealt with through the operations API: retried (republished to the original topic)
-- or evicted (given up on). The list of dead letters hides them; the records themselves stay on the .dlt topic.
CREATE TABLE dead_letter_resolution (
    topic         VARCHAR(255) NOT NULL,
    partition_no  INTEGER      NOT NULL,
    record_offset BIGINT       NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    resolved_by   VARCHAR(255) NOT NULL,
    resolved_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition_no, record_offset)
);
