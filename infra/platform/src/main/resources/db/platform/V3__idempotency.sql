-- Creating POSTs sent with an Idempotency-Key: the claim, then the first response, returned again for the same key.
CREATE TABLE idempotency_record (
    tenant          VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    response_status INTEGER,
    location        VARCHAR(1000),
    etag            VARCHAR(100),
    content_type    VARCHAR(200),
    body            BYTEA,
    claimed_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (tenant, idempotency_key)
);
