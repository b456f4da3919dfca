package io.ledgerline.project.command;

import io.ledgerline.project.api.ProjectStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The project life cycle. ACTIVE and ON_HOLD go back and forth; either may be COMPLETED or ARCHIVED (a project
 * abandoned before completion); COMPLETED can only be ARCHIVED; ARCHIVED is final.
 */
final class StatusTransitions {

    private static final Map<ProjectStatus, Set<ProjectStatus>> ALLOWED = Map.of(
            ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED, ProjectStatus.ARCHIVED),
            ProjectStatus.ON_HOLD, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, ProjectStatus.ARCHIVED),
            ProjectStatus.COMPLETED, EnumSet.of(ProjectStatus.ARCHIVED),
            ProjectStatus.ARCHIVED, EnumSet.noneOf(ProjectStatus.class));

    private StatusTransitions() {
    }

    /** Refuses a move the life cycle does not allow, with an {@link IllegalStateException} naming the rule. */
    static void check(ProjectStatus from, ProjectStatus to) {
        if (from == to) {
            throw new IllegalStateException("the project is already " + to);
        }
        if (ALLOWED.get(from).contains(to)) {
            return;
        }
        throw new IllegalStateException(switch (from) {
            case ARCHIVED -> "ARCHIVED is final: an archived project cannot become " + to;
            case COMPLETED -> "a COMPLETED project can only be ARCHIVED, not " + to;
            default -> "a project cannot go from " + from + " to " + to;
        });
    }
}
