package io.ledgerline.billing.integration;

import io.ledgerline.billing.query.ProjectMembers;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectMemberRemoved;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Learns the members of projects and their roles from project-service's events, for billing's permissions. A
 * subscription of its own: its consumer group, new when it was added, read the project topic from its start, so the
 * members of projects created before are known as well.
 */
@Configuration
class ProjectMembersSubscription {

    @Bean
    Subscription projectMembership(ProjectMembers members) {
        return Subscription.named("project-members", ProjectEvents.CATALOG)
                .on(ProjectMemberAdded.class, event -> members.added(event.caller().tenant(),
                        event.data().projectId(), event.data().userId(), event.data().role()))
                .on(ProjectMemberRemoved.class, event -> members.removed(event.caller().tenant(),
                        event.data().projectId(), event.data().userId()));
    }
}
