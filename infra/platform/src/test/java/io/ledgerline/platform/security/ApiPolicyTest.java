package io.ledgerline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class ApiPolicyTest {

    private static final ApiPolicy POLICY = ApiPolicy.of("test")
            .allow(HttpMethod.POST, "/api/v1/projects/{projectId}/rates", Grant.ADMIN, Grant.PROJECT_MANAGER)
            .allow(HttpMethod.GET, "/api/v1/projects/{projectId}", Grant.ADMIN, Grant.PROJECT_MEMBER, Grant.API_READ)
            .allow(HttpMethod.GET, "/api/v1/**", Grant.ADMIN, Grant.MEMBER)
            .build();

    @Test
    void theFirstMatchingRuleDecides() {
        assertThat(POLICY.permits("GET", "/api/v1/projects/{projectId}", Set.of("API_READ"))).isTrue();
        assertThat(POLICY.permits("GET", "/api/v1/projects/{projectId}", Set.of("MEMBER"))).isFalse();
        assertThat(POLICY.permits("GET", "/api/v1/clients", Set.of("MEMBER"))).isTrue();
    }

    @Test
    void rulesMatchTemplatesAndConcretePathsAlike() {
        assertThat(POLICY.ruleFor("POST", "/api/v1/projects/p-1/rates")).contains(POLICY.rules().get(1));
        assertThat(POLICY.ruleFor("POST", "/api/v1/projects/{projectId}/rates")).contains(POLICY.rules().get(1));
    }

    @Test
    void whatNoRuleNamesIsDenied() {
        assertThat(POLICY.permits("DELETE", "/api/v1/projects/{projectId}", Set.of("ADMIN"))).isFalse();
        assertThat(POLICY.ruleFor("DELETE", "/api/v1/projects/p-1")).isEmpty();
    }

    @Test
    void operationsNeedTheOperatorWhateverTheServiceSays() {
        ApiPolicy generous = ApiPolicy.of("generous").allow(null, "/api/v1/**", Grant.ADMIN).build();

        assertThat(generous.permits("GET", "/api/v1/ops/dead-letters", Set.of("ADMIN"))).isFalse();
        assertThat(generous.permits("GET", "/api/v1/ops/dead-letters", Set.of("OPERATOR"))).isTrue();
    }

    @Test
    void theMarkdownTableHasARowPerRuleAndSaysWhatIsScoped() {
        String table = POLICY.markdown();

        assertThat(table.lines()).hasSize(2 + POLICY.rules().size());
        assertThat(table).contains("| `POST /api/v1/projects/{projectId}/rates` | yes | no | projects they manage | no "
                + "| no | no | no |");
        assertThat(table).contains("| `GET /api/v1/projects/{projectId}` | yes | no | projects they belong to "
                + "| projects they belong to | yes, without money | yes | no |");
    }

    @Test
    void aRuleNamesSomeone() {
        assertThatThrownBy(() -> ApiPolicy.of("x").allow(HttpMethod.GET, "/api/v1/x")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
