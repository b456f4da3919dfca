-- What EN 16931 needs to know of a buyer, learnt from ledgerline.project.v1 with the client (issue 17).
ALTER TABLE billing_client
    ADD COLUMN line1           VARCHAR(200),
    ADD COLUMN line2           VARCHAR(200),
    ADD COLUMN postal_code     VARCHAR(20),
    ADD COLUMN city            VARCHAR(100),
    ADD COLUMN country         CHAR(2),
    ADD COLUMN vat_id          VARCHAR(30),
    ADD COLUMN buyer_reference VARCHAR(100),
    ADD COLUMN invoice_email   VARCHAR(254);

-- Task titles learnt from ledgerline.task.v1, so that invoice lines read like work.
CREATE TABLE billing_task (
    tenant     VARCHAR(100) NOT NULL,
    task_id    VARCHAR(36)  NOT NULL,
    project_id VARCHAR(36),
    title      VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant, task_id)
);

-- The seller profile of each tenant as it is now (the event store keeps every version).
CREATE TABLE seller_profile (
    tenant     VARCHAR(100) NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    details    TEXT         NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);

-- Every logo a seller profile had, by the profile version that set it: an invoice shows the one of its version.
CREATE TABLE seller_logo (
    tenant     VARCHAR(100) NOT NULL,
    version    BIGINT       NOT NULL,
    media_type VARCHAR(20)  NOT NULL,
    image      BYTEA        NOT NULL,
    PRIMARY KEY (tenant, version)
);

-- Numbers grow by their prefix (up to 8 characters).
ALTER TABLE invoice_summary ALTER COLUMN number TYPE VARCHAR(30);
ALTER TABLE credit_note ALTER COLUMN number TYPE VARCHAR(30);
