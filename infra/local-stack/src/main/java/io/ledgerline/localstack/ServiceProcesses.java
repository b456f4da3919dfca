package io.ledgerline.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Service} into its process: {@code java <opts> -jar <jar>} with the stack's coordinates in env. */
final class ServiceProcesses {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static final String WEBHOOK_SECRET_KEY = "LEDGERLINE_WEBHOOKS_SECRETKEY";
    /**
     * webhook-service refuses to start without a key to seal webhook secrets with. This one is public (the base64
     * of "ledgerline-local-stack-only-key!"), so it is for the local stack's own data only (docs/webhooks.md).
     */
    static final String LOCAL_WEBHOOK_SECRET_KEY = "bGVkZ2VybGluZS1sb2NhbC1zdGFjay1vbmx5LWtleSE=";

    private ServiceProcesses() {
    }

    static ChildProcess create(Service service, StackSettings settings, Postgres postgres, String kafka) {
        return create(service, 1, settings, postgres, kafka);
    }

    /** The given instance (from 1) of the service, on its own port and with its own log. */
    static ChildProcess create(Service service, int instance, StackSettings settings, Postgres postgres,
                               String kafka) {
        Path jar = service.jar(settings.home());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `./mvnw -B -q -DskipTests package` "
                    + "(./ledgerline up does this for you)");
        }
        List<String> command = new ArrayList<>();
        command.add(Jvm.java());
        command.addAll(settings.javaOptions());
        command.add("-Djava.io.tmpdir=" + settings.data().tmp());
        command.addAll(List.of("-jar", jar.toString()));
        URI readiness = URI.create("http://127.0.0.1:" + service.managementPort(instance)
                + "/actuator/health/readiness");
        Map<String, String> environment =
                environment(service, postgres.jdbcUrl(), postgres.user(), postgres.password(), kafka);
        environment.put("SERVER_PORT", Integer.toString(service.port(instance)));
        if (service != Service.IDENTITY) {
            environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(service.managementPort(instance)));
        }
        String name = service.instanceName(instance);
        return new ChildProcess(name, command, environment, settings.data().log(name), () -> answers200(readiness));
    }

    static Map<String, String> environment(Service service, String jdbcUrl, String user, String password,
                                           String kafka) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(service.port()));
        if (service != Service.IDENTITY) {
            env.put("MANAGEMENT_SERVER_PORT", Integer.toString(service.managementPort(1)));
        }
        env.put("LEDGERLINE_POSTGRES_URL", jdbcUrl);
        env.put("LEDGERLINE_POSTGRES_USER", user);
        env.put("LEDGERLINE_POSTGRES_PASSWORD", password);
        env.put("LEDGERLINE_KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        env.put("LEDGERLINE_ISSUER_URI", Service.issuer());
        if (service == Service.WEBHOOK) {
            env.put(WEBHOOK_SECRET_KEY, System.getenv().getOrDefault(WEBHOOK_SECRET_KEY, LOCAL_WEBHOOK_SECRET_KEY));
        }
        if (service == Service.GATEWAY) {
            for (Service routed : Service.values()) {
                if (routed.urlVariable() != null) {
                    env.put(routed.urlVariable(), routed.url());
                }
            }
        }
        return env;
    }

    private static boolean answers200(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
