package io.ledgerline.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The actuator's port is the service's port plus 100, unless set; a random server port gets a random one. */
class ManagementPortTest {

    @Test
    void isTheServicePortPlusOneHundred() {
        assertThat(managementPort(Map.of("server.port", "8081"))).isEqualTo("8181");
        assertThat(managementPort(Map.of("server.port", "8091"))).isEqualTo("8191");
    }

    @Test
    void followsAnotherOffsetOrAnExplicitPort() {
        assertThat(managementPort(Map.of("server.port", "8081", "ledgerline.management.port-offset", "1000")))
                .isEqualTo("9081");
        assertThat(managementPort(Map.of("server.port", "8081", "management.server.port", "9999")))
                .isEqualTo("9999");
    }

    @Test
    void isRandomWhenTheServerPortIsAndAbsentWithoutAServer() {
        assertThat(managementPort(Map.of("server.port", "0"))).isEqualTo("0");
        assertThat(managementPort(Map.of("server.port", "-1"))).isNull();
        assertThat(managementPort(Map.of())).isEqualTo("8180");
    }

    private static String managementPort(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new ManagementPort().postProcessEnvironment(environment, null);
        return environment.getProperty(ManagementPort.PROPERTY);
    }
}
