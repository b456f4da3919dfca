package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceProcessesTest {

    private static final String JDBC = "jdbc:postgresql://127.0.0.1:15432/ledgerline";

    @Test
    void givesEachServiceItsPortAndTheSharedInfrastructure() {
        Map<String, String> env = ServiceProcesses.environment(Service.TASK, JDBC, "postgres", "postgres", "k:9092");

        assertThat(env)
                .containsEntry("SERVER_PORT", "8082")
                .containsEntry("MANAGEMENT_SERVER_PORT", "8182")
                .containsEntry("LEDGERLINE_POSTGRES_URL", JDBC)
                .containsEntry("LEDGERLINE_KAFKA_BOOTSTRAP_SERVERS", "k:9092")
                .containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true")
                .doesNotContainKey("LEDGERLINE_PROJECT_SERVICE_URL");
    }

    @Test
    void tellsTheGatewayWhereEveryServiceIs() {
        Map<String, String> env = ServiceProcesses.environment(Service.GATEWAY, JDBC, "postgres", "postgres", "k:1");

        assertThat(env)
                .containsEntry("SERVER_PORT", "8080")
                .containsEntry("MANAGEMENT_SERVER_PORT", "8180")
                .containsEntry("LEDGERLINE_PROJECT_SERVICE_URL", "http://127.0.0.1:8081")
                .containsEntry("LEDGERLINE_TASK_SERVICE_URL", "http://127.0.0.1:8082")
                .containsEntry("LEDGERLINE_TIMETRACKING_SERVICE_URL", "http://127.0.0.1:8083")
                .containsEntry("LEDGERLINE_BILLING_SERVICE_URL", "http://127.0.0.1:8084");
    }

    @Test
    void givesWebhookServiceAKeyToSealSecretsWithAndNoOtherServiceOne() {
        Map<String, String> webhook = ServiceProcesses.environment(Service.WEBHOOK, JDBC, "postgres", "postgres", "k");

        assertThat(webhook.get("LEDGERLINE_WEBHOOKS_SECRETKEY")).isNotBlank();
        assertThat(java.util.Base64.getDecoder().decode(webhook.get("LEDGERLINE_WEBHOOKS_SECRETKEY"))).hasSize(32);
        assertThat(ServiceProcesses.environment(Service.TASK, JDBC, "postgres", "postgres", "k"))
                .doesNotContainKey("LEDGERLINE_WEBHOOKS_SECRETKEY");
    }

    @Test
    void namesTheKnownServicesWhenOneIsMisspelled() {
        assertThatIllegalArgumentException().isThrownBy(() -> Service.named("tasks"))
                .withMessageContaining("task-service");
    }
}
