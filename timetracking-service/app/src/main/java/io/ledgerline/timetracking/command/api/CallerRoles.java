package io.ledgerline.timetracking.command.api;

/** The caller's token roles, as the command metadata carries them: comma-separated, e.g. {@code member,manager}. */
public final class CallerRoles {

    /** The metadata key. */
    public static final String METADATA = "roles";

    private CallerRoles() {
    }

    /** Whether the roles name {@code admin}. */
    public static boolean isAdmin(String roles) {
        if (roles == null) {
            return false;
        }
        for (String role : roles.split(",")) {
            if ("admin".equals(role.strip())) {
                return true;
            }
        }
        return false;
    }
}
