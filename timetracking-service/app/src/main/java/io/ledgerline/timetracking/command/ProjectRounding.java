package io.ledgerline.timetracking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.CallerRoles;
import io.ledgerline.timetracking.command.api.NotPermittedException;
import io.ledgerline.timetracking.command.api.RoundingRuleChangedEvent;
import io.ledgerline.timetracking.command.api.SetRoundingRuleCommand;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A project's rounding rule for new entries, set by its managers or an admin; entries keep the rule they got. */
@Aggregate
class ProjectRounding {

    @AggregateIdentifier
    private String projectId;
    private String tenant;
    private RoundingRule rule;

    ProjectRounding() {
        // for Axon to rebuild from events, and to create on first use
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetRoundingRuleCommand command, @MetaDataValue(CallerContext.TENANT) String tenant,
                @MetaDataValue(CallerContext.ACTOR) String actor, @MetaDataValue(CallerRoles.METADATA) String roles,
                WorkDirectory work) {
        if (projectId != null && !this.tenant.equals(tenant)) {
            throw new AggregateNotFoundException(projectId, "project " + projectId + " does not exist");
        }
        if (!work.isKnownProject(tenant, command.projectId())) {
            throw new IllegalArgumentException("project " + command.projectId() + " is not a known project");
        }
        if (!CallerRoles.isAdmin(roles) && !work.isManager(tenant, command.projectId(), actor)) {
            throw new NotPermittedException("only a manager of project " + command.projectId()
                    + " or an admin sets its rounding rule");
        }
        Rounding.requireValid(command.rule());
        if (projectId == null || !Objects.equals(rule, command.rule())) {
            apply(new RoundingRuleChangedEvent(command.projectId(), command.rule()));
        }
    }

    @EventSourcingHandler
    void on(RoundingRuleChangedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        projectId = event.projectId();
        this.tenant = tenant;
        rule = event.rule();
    }
}
