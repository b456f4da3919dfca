package io.ledgerline.platform.testapp;

import io.ledgerline.platform.security.Membership;
import io.ledgerline.platform.security.ProjectScope;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test application's stand-in for a project's members: every note of the tenant has {@value #MANAGER} as its
 * manager and {@value #MEMBER} as a member; a note the tenant does not have is unknown.
 */
class NoteMemberships implements ProjectScope {

    static final String MANAGER = "mona";
    static final String MEMBER = "mia";

    private final JdbcTemplate jdbc;

    NoteMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String variable() {
        return "noteId";
    }

    @Override
    public Optional<Membership> membership(String tenant, String id, String userId) {
        List<String> metaData = jdbc.queryForList("""
                SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class, id);
        if (metaData.isEmpty() || !metaData.get(0).contains("\"tenant\":\"" + tenant + "\"")) {
            return Optional.empty();
        }
        return Optional.of(MANAGER.equals(userId) ? Membership.MANAGER
                : MEMBER.equals(userId) ? Membership.MEMBER : Membership.NONE);
    }
}
