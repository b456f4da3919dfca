-- Current members of the projects task-service knows, from ProjectMemberAdded / ProjectMemberRemoved.
CREATE TABLE project_member (
    project_id VARCHAR(36)  NOT NULL,
    user_id    VARCHAR(100) NOT NULL,
    tenant     VARCHAR(100) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    added_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

ALTER TABLE task_summary
    ADD COLUMN estimate_hours NUMERIC(7, 2),
    ADD COLUMN due_date       DATE,
    ADD COLUMN updated_at     TIMESTAMPTZ;

UPDATE task_summary SET updated_at = created_at;
ALTER TABLE task_summary ALTER COLUMN updated_at SET NOT NULL;

CREATE INDEX task_summary_status ON task_summary (tenant, status);
CREATE INDEX task_summary_due ON task_summary (tenant, due_date);

-- Who is assigned to which task; the project id lets a member's departure find their assignments in one query.
CREATE TABLE task_assignee (
    task_id    VARCHAR(36)  NOT NULL REFERENCES task_summary (task_id),
    user_id    VARCHAR(100) NOT NULL,
    tenant     VARCHAR(100) NOT NULL,
    project_id VARCHAR(36)  NOT NULL,
    PRIMARY KEY (task_id, user_id)
);

CREATE INDEX task_assignee_member ON task_assignee (tenant, project_id, user_id);

-- The project's dependency graph: task_id is blocked by blocker_id; walked set-based to refuse cycles.
CREATE TABLE task_dependency (
    task_id    VARCHAR(36)  NOT NULL REFERENCES task_summary (task_id),
    blocker_id VARCHAR(36)  NOT NULL REFERENCES task_summary (task_id),
    tenant     VARCHAR(100) NOT NULL,
    project_id VARCHAR(36)  NOT NULL,
    PRIMARY KEY (task_id, blocker_id)
);

CREATE INDEX task_dependency_blocker ON task_dependency (blocker_id);

-- Comments in the order they were made: position is the sequence number of the event that added them.
CREATE TABLE task_comment (
    comment_id VARCHAR(36)   NOT NULL PRIMARY KEY,
    task_id    VARCHAR(36)   NOT NULL REFERENCES task_summary (task_id),
    tenant     VARCHAR(100)  NOT NULL,
    author_id  VARCHAR(100)  NOT NULL,
    text       VARCHAR(10000) NOT NULL,
    position   BIGINT        NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);

CREATE INDEX task_comment_task ON task_comment (task_id, position);
