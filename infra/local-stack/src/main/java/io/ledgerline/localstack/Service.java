package io.ledgerline.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The Spring Boot applications the stack runs, in start order; they stop in reverse. */
enum Service {
    IDENTITY("identity", "infra/identity/target/identity.jar", 9000, null),
    PROJECT("project-service", "project-service/app/target/project-service.jar", 8081,
            "LEDGERLINE_PROJECT_SERVICE_URL"),
    TASK("task-service", "task-service/app/target/task-service.jar", 8082, "LEDGERLINE_TASK_SERVICE_URL"),
    TIMETRACKING("timetracking-service", "timetracking-service/app/target/timetracking-service.jar", 8083,
            "LEDGERLINE_TIMETRACKING_SERVICE_URL"),
    BILLING("billing-service", "billing-service/app/target/billing-service.jar", 8084,
            "LEDGERLINE_BILLING_SERVICE_URL"),
    WEBHOOK("webhook-service", "webhook-service/target/webhook-service.jar", 8085,
            "LEDGERLINE_WEBHOOK_SERVICE_URL"),
    GATEWAY("gateway", "gateway/target/gateway.jar", 8080, null);

    static final int MANAGEMENT_PORT_OFFSET = 100;

    private final String serviceName;
    private final String jar;
    private final int port;
    private final String urlVariable;

    Service(String serviceName, String jar, int port, String urlVariable) {
        this.serviceName = serviceName;
        this.jar = jar;
        this.port = port;
        this.urlVariable = urlVariable;
    }

    static Service named(String name) {
        return Arrays.stream(values())
                .filter(service -> service.serviceName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "', known: "
                        + Arrays.stream(values()).map(Service::serviceName).collect(Collectors.joining(", "))));
    }

    String serviceName() {
        return serviceName;
    }

    Path jar(Path home) {
        return home.resolve(jar);
    }

    /** The issuer every service and the gateway trust: the local identity provider. */
    static String issuer() {
        return IDENTITY.url();
    }

    int port() {
        return port;
    }

    /** Whether more than one instance of it can run: the domain services share their work through Axon and Kafka. */
    boolean scalable() {
        return this == PROJECT || this == TASK || this == TIMETRACKING || this == BILLING;
    }

    /** The n-th instance (from 1) listens 10 ports above the previous one: project-service-2 on 8091. */
    int port(int instance) {
        return port + 10 * (instance - 1);
    }

    /**
     * Where the instance serves its actuator (probes, metrics): its port plus {@value #MANAGEMENT_PORT_OFFSET}, as
     * the platform derives it (project-service 8181, project-service-2 8191, the gateway 8180). The identity
     * provider keeps its actuator on its own port.
     */
    int managementPort(int instance) {
        return this == IDENTITY ? port(instance) : port(instance) + MANAGEMENT_PORT_OFFSET;
    }

    /** {@code project-service} for the first instance, {@code project-service-2} for the second. */
    String instanceName(int instance) {
        return instance == 1 ? serviceName : serviceName + "-" + instance;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The variable that tells the gateway where this service is, or null for the gateway itself. */
    String urlVariable() {
        return urlVariable;
    }
}
