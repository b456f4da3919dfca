package io.ledgerline.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.command.api.AddProjectMemberCommand;
import io.ledgerline.project.command.api.ChangeProjectBudgetCommand;
import io.ledgerline.project.command.api.ChangeProjectRateCommand;
import io.ledgerline.project.command.api.ChangeProjectStatusCommand;
import io.ledgerline.project.command.api.CreateProjectCommand;
import io.ledgerline.project.command.api.ProjectBudgetChangedEvent;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import io.ledgerline.project.command.api.ProjectMemberRemovedEvent;
import io.ledgerline.project.command.api.ProjectRateChangedEvent;
import io.ledgerline.project.command.api.ProjectStatusChangedEvent;
import io.ledgerline.project.command.api.RemoveProjectMemberCommand;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A project of a client: its billing settings, members, rates, budget and where it is in its life. Codes unique per
 * tenant are a set rule, kept by the unique index of the {@code project_summary} read model in the same transaction.
 */
@Aggregate
class Project {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    @AggregateIdentifier
    private String projectId;
    private String tenant;
    private String currency;
    private ProjectStatus status;
    private int rateVersion;
    private final Map<String, ProjectRole> members = new HashMap<>();

    Project() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    Project(CreateProjectCommand command, @MetaDataValue(CallerContext.TENANT) String tenant,
            ClientDirectory clients) {
        String name = Checks.text(command.name(), "name", 200);
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            throw new IllegalArgumentException("code must be 1 to 32 upper-case letters, digits, '-' or '_'");
        }
        Checks.required(command.billingMode(), "billingMode");
        Checks.notNegative(command.defaultHourlyRate(), "defaultHourlyRate");
        Checks.notNegative(command.fixedFee(), "fixedFee");
        if (command.billingMode() == BillingMode.FIXED_FEE && command.fixedFee() == null) {
            throw new IllegalArgumentException("a FIXED_FEE project needs a fixedFee");
        }
        Checks.required(command.clientId(), "clientId");
        ClientStanding client = clients.find(Checks.required(tenant, "tenant"), command.clientId())
                .orElseThrow(() -> new IllegalArgumentException("client " + command.clientId() + " does not exist"));
        if (!client.active()) {
            throw new IllegalStateException("client " + command.clientId() + " is archived and takes no new projects");
        }
        String projectCurrency = command.currency() == null ? client.currency() : command.currency();
        Checks.currency(projectCurrency);
        apply(new ProjectCreatedEvent(command.projectId(), command.clientId(), name, command.code(),
                command.billingMode(), projectCurrency, command.defaultHourlyRate(), command.fixedFee()));
        if (command.firstManager() != null) {
            apply(new ProjectMemberAddedEvent(command.projectId(), Checks.text(command.firstManager(), "userId", 100),
                    ProjectRole.MANAGER, null, projectCurrency));
        }
    }

    /** Another tenant's commands are answered as if the project did not exist. */
    @CommandHandlerInterceptor
    void onlyForItsTenant(@MetaDataValue(CallerContext.TENANT) String caller) {
        if (tenant == null || !tenant.equals(caller)) {
            throw new AggregateNotFoundException(projectId, "no project " + projectId);
        }
    }

    @CommandHandler
    void handle(AddProjectMemberCommand command) {
        requireNotArchived();
        String userId = Checks.text(command.userId(), "userId", 100);
        Checks.required(command.role(), "role");
        Checks.notNegative(command.hourlyRate(), "hourlyRate");
        if (members.containsKey(userId)) {
            throw new IllegalStateException(userId + " is already a member of the project");
        }
        apply(new ProjectMemberAddedEvent(projectId, userId, command.role(), command.hourlyRate(), currency));
    }

    @CommandHandler
    void handle(RemoveProjectMemberCommand command) {
        requireNotArchived();
        ProjectRole role = requireMember(command.userId());
        if (role == ProjectRole.MANAGER && managers() == 1) {
            throw new IllegalStateException("a project keeps at least one manager: " + command.userId()
                    + " is the last one");
        }
        apply(new ProjectMemberRemovedEvent(projectId, command.userId()));
    }

    @CommandHandler
    void handle(ChangeProjectRateCommand command) {
        requireNotArchived();
        Checks.required(command.hourlyRate(), "hourlyRate");
        Checks.notNegative(command.hourlyRate(), "hourlyRate");
        Checks.required(command.effectiveFrom(), "effectiveFrom");
        if (command.userId() != null) {
            requireMember(command.userId());
        }
        apply(new ProjectRateChangedEvent(projectId, command.userId(), command.hourlyRate(), currency,
                command.effectiveFrom(), rateVersion + 1));
    }

    @CommandHandler
    void handle(ChangeProjectBudgetCommand command) {
        requireNotArchived();
        Checks.notNegative(command.hours(), "hours");
        Checks.notNegative(command.amount(), "amount");
        if (command.resetsMonthly() && command.hours() == null && command.amount() == null) {
            throw new IllegalArgumentException("a budget that resets monthly needs hours or an amount");
        }
        apply(new ProjectBudgetChangedEvent(projectId, command.hours(), command.amount(), currency,
                command.resetsMonthly()));
    }

    @CommandHandler
    void handle(ChangeProjectStatusCommand command) {
        Checks.required(command.status(), "status");
        StatusTransitions.check(status, command.status());
        apply(new ProjectStatusChangedEvent(projectId, status, command.status()));
    }

    @EventSourcingHandler
    void on(ProjectCreatedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        projectId = event.projectId();
        this.tenant = tenant;
        currency = event.currency();
        status = ProjectStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ProjectMemberAddedEvent event) {
        members.put(event.userId(), event.role());
    }

    @EventSourcingHandler
    void on(ProjectMemberRemovedEvent event) {
        members.remove(event.userId());
    }

    @EventSourcingHandler
    void on(ProjectRateChangedEvent event) {
        rateVersion = event.rateVersion();
    }

    @EventSourcingHandler
    void on(ProjectStatusChangedEvent event) {
        status = event.to();
    }

    private void requireNotArchived() {
        if (status == ProjectStatus.ARCHIVED) {
            throw new IllegalStateException("ARCHIVED is final: an archived project cannot change");
        }
    }

    private ProjectRole requireMember(String userId) {
        ProjectRole role = members.get(userId);
        if (role == null) {
            throw new IllegalStateException(userId + " is not a member of the project");
        }
        return role;
    }

    private long managers() {
        return members.values().stream().filter(role -> role == ProjectRole.MANAGER).count();
    }
}
