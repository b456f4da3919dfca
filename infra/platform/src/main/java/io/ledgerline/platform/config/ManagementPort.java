package io.ledgerline.platform.config;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Serves the actuator (health, metrics, Prometheus) on its own port, {@code server.port} plus
 * {@code ledgerline.management.port-offset} (100: project-service 8081 has it on 8181, a second instance on 8091 on
 * 8191), unless {@code management.server.port} names one. The public port then answers no actuator path at all,
 * and the gateway, which routes only {@code /api/**} and the API docs, cannot reach it either. A random server port
 * (tests) gets a random management port.
 */
class ManagementPort implements EnvironmentPostProcessor {

    static final String PROPERTY = "management.server.port";
    private static final int DEFAULT_SERVER_PORT = 8080;
    private static final int DEFAULT_OFFSET = 100;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        int serverPort = environment.getProperty("server.port", Integer.class, DEFAULT_SERVER_PORT);
        if (serverPort < 0) {
            return; // no web server
        }
        int offset = environment.getProperty("ledgerline.management.port-offset", Integer.class, DEFAULT_OFFSET);
        int managementPort = serverPort == 0 ? 0 : serverPort + offset;
        environment.getPropertySources().addLast(new MapPropertySource("ledgerlineManagementPort",
                Map.of(PROPERTY, managementPort)));
    }
}
