-- Read model of projects, rebuilt from the event store by ProjectSummaryProjection.
CREATE TABLE project_summary (
    project_id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant              VARCHAR(100)   NOT NULL,
    client_id           VARCHAR(36),
    name                VARCHAR(200)   NOT NULL,
    code                VARCHAR(32)    NOT NULL,
    billing_mode        VARCHAR(32)    NOT NULL,
    currency            CHAR(3)        NOT NULL,
    default_hourly_rate NUMERIC(19, 4),
    fixed_fee           NUMERIC(19, 4),
    status              VARCHAR(16)    NOT NULL,
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMPTZ    NOT NULL
);

CREATE INDEX project_summary_tenant ON project_summary (tenant, status);
