-- Members, effective-dated rates and budgets of projects, kept by ProjectSummaryProjection.
-- The unique index on (tenant, code) is what keeps project codes unique per tenant (see V11 for how).
CREATE UNIQUE INDEX project_summary_code ON project_summary (tenant, code);

-- The rate in force is read from project_rate, never from a column that would go stale when a rate takes effect.
ALTER TABLE project_summary DROP COLUMN default_hourly_rate;
ALTER TABLE project_summary
    ADD COLUMN budget_hours          NUMERIC(19, 4),
    ADD COLUMN budget_amount         NUMERIC(19, 4),
    ADD COLUMN budget_resets_monthly BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE project_member (
    project_id VARCHAR(36)  NOT NULL,
    user_id    VARCHAR(100) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    joined_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

CREATE INDEX project_member_user ON project_member (user_id);

-- One row per rate decision. user_id NULL is the project's default rate; effective_from NULL means "from the start"
-- (the rate given at creation or when a member joined). The rate in force on a date is the row with the latest
-- effective_from on or before it, the latest decision (seq) winning a tie.
CREATE TABLE project_rate (
    seq            BIGSERIAL      NOT NULL PRIMARY KEY,
    project_id     VARCHAR(36)    NOT NULL,
    user_id        VARCHAR(100),
    hourly_rate    NUMERIC(19, 4) NOT NULL,
    effective_from DATE,
    rate_version   INTEGER        NOT NULL
);

CREATE INDEX project_rate_project ON project_rate (project_id, user_id, effective_from);
