-- Clients billing-service has learnt of from ledgerline.project.v1: what an invoice needs to know about them.
CREATE TABLE billing_client (
    client_id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant             VARCHAR(100)  NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    currency           CHAR(3)       NOT NULL,
    payment_terms_days INTEGER       NOT NULL,
    default_tax_rate   NUMERIC(7, 4) NOT NULL,
    address            TEXT
);

-- Projects with their billing settings and budget.
CREATE TABLE billing_project (
    project_id            VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant                VARCHAR(100)   NOT NULL,
    client_id             VARCHAR(36),
    name                  VARCHAR(200)   NOT NULL,
    code                  VARCHAR(50),
    billing_mode          VARCHAR(32)    NOT NULL,
    currency              CHAR(3)        NOT NULL,
    fixed_fee             NUMERIC(19, 4),
    budget_hours          NUMERIC(12, 2),
    budget_amount         NUMERIC(19, 4),
    budget_resets_monthly BOOLEAN        NOT NULL DEFAULT false
);

CREATE INDEX billing_project_client ON billing_project (tenant, client_id);

-- Effective-dated hourly rates: user_id '' is the project's default; a member's rate wins over it.
CREATE TABLE project_rate (
    project_id     VARCHAR(36)    NOT NULL,
    user_id        VARCHAR(100)   NOT NULL,
    effective_from DATE           NOT NULL,
    hourly_rate    NUMERIC(19, 4) NOT NULL,
    rate_version   INTEGER        NOT NULL,
    PRIMARY KEY (project_id, user_id, effective_from)
);

-- The priced ledger: one row per time entry, priced at the rate in force on its date. A row may exist before its
-- TimeLogged (approval seen first: known = false). revision moves whenever what an invoice would bill changes.
CREATE TABLE priced_entry (
    entry_id        VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant          VARCHAR(100)   NOT NULL,
    known           BOOLEAN        NOT NULL DEFAULT false,
    project_id      VARCHAR(36),
    task_id         VARCHAR(36),
    user_id         VARCHAR(100),
    work_date       DATE,
    raw_minutes     INTEGER,
    rounded_minutes INTEGER,
    rounding        VARCHAR(100),
    description     TEXT,
    billable        BOOLEAN        NOT NULL DEFAULT false,
    approved        BOOLEAN        NOT NULL DEFAULT false,
    deleted         BOOLEAN        NOT NULL DEFAULT false,
    hourly_rate     NUMERIC(19, 4),
    rate_version    INTEGER,
    amount          NUMERIC(19, 4),
    currency        CHAR(3),
    revision        INTEGER        NOT NULL DEFAULT 0
);

CREATE INDEX priced_entry_project ON priced_entry (tenant, project_id, work_date);

-- The guarantee: a time entry (or a project's fixed fee, 'fixed-fee/<projectId>') is on at most one issued invoice.
-- Rows are inserted in the issuing transaction and deleted when the invoice is voided.
CREATE TABLE billing_claim (
    tenant     VARCHAR(100) NOT NULL,
    claim_key  VARCHAR(100) NOT NULL,
    invoice_id VARCHAR(36)  NOT NULL,
    claimed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, claim_key)
);

CREATE INDEX billing_claim_invoice ON billing_claim (invoice_id);

-- Gapless numbers: one row per tenant, kind (INV, CN) and year, locked by the issuing transaction.
CREATE TABLE number_sequence (
    tenant     VARCHAR(100) NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    year       INTEGER      NOT NULL,
    last_value BIGINT       NOT NULL,
    PRIMARY KEY (tenant, kind, year)
);

-- Read model of invoices: the searchable columns plus the whole view as the API shows it.
CREATE TABLE invoice_summary (
    invoice_id     VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant         VARCHAR(100)   NOT NULL,
    client_id      VARCHAR(36)    NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    number         VARCHAR(20),
    currency       CHAR(3)        NOT NULL,
    gross_total    NUMERIC(19, 4) NOT NULL,
    credited_total NUMERIC(19, 4) NOT NULL DEFAULT 0,
    version        BIGINT         NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL,
    view           TEXT           NOT NULL
);

CREATE INDEX invoice_summary_client ON invoice_summary (tenant, client_id);
CREATE UNIQUE INDEX invoice_summary_number ON invoice_summary (tenant, number);

CREATE TABLE credit_note (
    credit_note_id VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant         VARCHAR(100)   NOT NULL,
    invoice_id     VARCHAR(36)    NOT NULL,
    number         VARCHAR(20)    NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    reason         TEXT           NOT NULL,
    issued_on      DATE           NOT NULL,
    created_at     TIMESTAMPTZ    NOT NULL
);

CREATE UNIQUE INDEX credit_note_number ON credit_note (tenant, number);
