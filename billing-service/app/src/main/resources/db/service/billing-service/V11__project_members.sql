-- Who belongs to which project in which role, from ProjectMemberAdded / ProjectMemberRemoved: decides which projects'
-- budgets and unbilled work a manager may read. Filled by its own subscription (project-members), whose new consumer
-- group reads the project topic from its start, so projects created before this table keep their MANAGER members.
CREATE TABLE billing_project_member (
    project_id VARCHAR(36)  NOT NULL,
    user_id    VARCHAR(100) NOT NULL,
    tenant     VARCHAR(100) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

CREATE INDEX billing_project_member_user ON billing_project_member (tenant, user_id, role);
