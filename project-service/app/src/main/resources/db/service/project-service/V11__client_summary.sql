-- Read model of clients, kept by ClientSummaryProjection in the command's transaction (subscribing processor).
-- The unique index on (tenant, lower(name)) is what keeps client names unique per tenant: a registration or a
-- rename to a taken name fails the whole unit of work, event included, and is answered 409.
CREATE TABLE client_summary (
    client_id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant             VARCHAR(100)  NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    currency           CHAR(3)       NOT NULL,
    payment_terms_days INTEGER       NOT NULL,
    default_tax_rate   NUMERIC(7, 4) NOT NULL,
    address_line1      VARCHAR(200)  NOT NULL,
    address_line2      VARCHAR(200),
    postal_code        VARCHAR(20)   NOT NULL,
    city               VARCHAR(100)  NOT NULL,
    country            CHAR(2)       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    version            BIGINT        NOT NULL,
    registered_at      TIMESTAMPTZ   NOT NULL
);

CREATE UNIQUE INDEX client_summary_name ON client_summary (tenant, lower(name));
CREATE INDEX client_summary_tenant ON client_summary (tenant, status);
