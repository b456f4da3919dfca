package io.ledgerline.project.api;

import io.ledgerline.contract.EventCatalog;
import java.util.List;

/** The topic of project-service and the events published on it. */
public final class ProjectEvents {

    /** Everything project-service publishes. */
    public static final EventCatalog CATALOG = new EventCatalog("ledgerline.project.v1", "/ledgerline/project-service",
            List.of(ClientRegistered.class, ClientUpdated.class, ClientArchived.class, ProjectCreated.class,
                    ProjectMemberAdded.class, ProjectMemberRemoved.class, ProjectRateChanged.class,
                    ProjectBudgetChanged.class, ProjectStatusChanged.class));

    private ProjectEvents() {
    }
}
