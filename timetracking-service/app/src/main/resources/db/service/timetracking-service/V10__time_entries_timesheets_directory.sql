-- Projects, members and tasks timetracking-service has learnt of from ledgerline.project.v1 and ledgerline.task.v1;
-- events_applied counts the events applied to a row, so a duplicate application would be visible.
CREATE TABLE known_project (
    project_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant         VARCHAR(100) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    billable       BOOLEAN      NOT NULL,
    events_applied INTEGER      NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE project_member (
    project_id VARCHAR(36)  NOT NULL,
    user_id    VARCHAR(100) NOT NULL,
    tenant     VARCHAR(100) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

CREATE TABLE known_task (
    task_id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant         VARCHAR(100) NOT NULL,
    project_id     VARCHAR(36)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    events_applied INTEGER      NOT NULL
);

-- The rounding rule in force per project, kept from the ProjectRounding aggregate's events.
CREATE TABLE rounding_rule (
    project_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant          VARCHAR(100) NOT NULL,
    unit_minutes    INTEGER,
    direction       VARCHAR(8),
    minimum_minutes INTEGER,
    version         BIGINT       NOT NULL
);

-- Time entries (and running timers, status RUNNING), kept from the TimeEntry aggregate's events.
CREATE TABLE time_entry (
    entry_id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant          VARCHAR(100)  NOT NULL,
    user_id         VARCHAR(100)  NOT NULL,
    logged_by       VARCHAR(100)  NOT NULL,
    project_id      VARCHAR(36)   NOT NULL,
    task_id         VARCHAR(36)   NOT NULL,
    entry_date      DATE          NOT NULL,
    iso_week        VARCHAR(8)    NOT NULL,
    started_at      TIMESTAMPTZ,
    ended_at        TIMESTAMPTZ,
    raw_minutes     INTEGER       NOT NULL,
    rounded_minutes INTEGER       NOT NULL,
    unit_minutes    INTEGER,
    direction       VARCHAR(8),
    minimum_minutes INTEGER,
    description     VARCHAR(2000),
    billable        BOOLEAN       NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    invoice_id      VARCHAR(36),
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);

CREATE INDEX time_entry_user_week ON time_entry (tenant, user_id, iso_week);
CREATE INDEX time_entry_date ON time_entry (tenant, entry_date);
CREATE INDEX time_entry_project ON time_entry (tenant, project_id);

-- Weekly timesheets: one row per user and ISO week that was ever submitted.
CREATE TABLE timesheet (
    timesheet_id VARCHAR(250)  NOT NULL PRIMARY KEY,
    tenant       VARCHAR(100)  NOT NULL,
    user_id      VARCHAR(100)  NOT NULL,
    iso_week     VARCHAR(8)    NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    decided_by   VARCHAR(100),
    reason       VARCHAR(2000),
    version      BIGINT        NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant, user_id, iso_week)
);
