-- Projects task-service has learnt of from ledgerline.project.v1; events_applied counts the events applied to a
-- row, so a duplicate application would be visible.
CREATE TABLE known_project (
    project_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant         VARCHAR(100) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    events_applied INTEGER      NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

-- Read model of tasks, rebuilt from the event store by TaskSummaryProjection.
CREATE TABLE task_summary (
    task_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant      VARCHAR(100) NOT NULL,
    project_id  VARCHAR(36)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description TEXT,
    priority    VARCHAR(16)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX task_summary_project ON task_summary (tenant, project_id);
