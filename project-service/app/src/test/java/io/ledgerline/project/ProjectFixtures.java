package io.ledgerline.project;

import static io.ledgerline.project.ClientFixtures.CLIENT_ID;
import static io.ledgerline.project.ClientFixtures.stored;

import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.command.api.CreateProjectCommand;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;

/** Test data for projects. */
public final class ProjectFixtures {

    public static final String PROJECT_ID = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a10";
    public static final BigDecimal RATE = new BigDecimal("120.00");
    public static final String ADA = "ada";
    public static final String BOB = "bob";

    private ProjectFixtures() {
    }

    public static CreateProjectCommand createProject() {
        return new CreateProjectCommand(PROJECT_ID, CLIENT_ID, "Website relaunch", "WEB-1",
                BillingMode.TIME_AND_MATERIALS, "EUR", RATE, null, null);
    }

    public static CreateProjectCommand createProject(BillingMode mode, String currency, BigDecimal rate,
                                                     BigDecimal fixedFee) {
        return new CreateProjectCommand(PROJECT_ID, CLIENT_ID, "Website relaunch", "WEB-1", mode, currency, rate,
                fixedFee, null);
    }

    public static ProjectCreatedEvent projectCreatedEvent() {
        return new ProjectCreatedEvent(PROJECT_ID, CLIENT_ID, "Website relaunch", "WEB-1",
                BillingMode.TIME_AND_MATERIALS, "EUR", RATE, null);
    }

    public static EventMessage<ProjectCreatedEvent> projectCreated() {
        return stored(projectCreatedEvent());
    }

    public static EventMessage<ProjectMemberAddedEvent> memberAdded(String userId, ProjectRole role) {
        return stored(new ProjectMemberAddedEvent(PROJECT_ID, userId, role, null, "EUR"));
    }

    /** A JSON body for POST /api/v1/projects under the given client, with a code no other test uses. */
    public static String createProjectJson(String clientId, String name) {
        return """
                {"clientId":"%s","name":"%s","code":"%s","billingMode":"TIME_AND_MATERIALS",
                 "defaultHourlyRate":"120.00"}""".formatted(clientId, name, uniqueCode());
    }

    public static String uniqueCode() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
