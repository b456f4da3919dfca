package io.ledgerline.localstack;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code ./ledgerline up [service...]}: start, say what to try, then wait for Ctrl-C (the stack's shutdown hook). */
final class Cli {

    static final String WITH_PROMETHEUS = "--with-prometheus";
    private static final String JSON = "-H 'Content-Type: application/json' -H \"Authorization: Bearer $TOKEN\" \\\n";
    private static final String TOKEN_ONLY = "/oauth2/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n";

    private Cli() {
    }

    static void run(String[] args) {
        if (args.length == 0 || !args[0].equals("up")) {
            System.out.println("usage: java -jar local-stack.jar up [--with-prometheus] [service...]   "
                    + "(see ./ledgerline help)");
            System.exit(args.length == 0 || args[0].equals("help") ? 0 : 2);
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        List<String> services = options.stream().filter(option -> !option.equals(WITH_PROMETHEUS)).toList();
        LocalStackBuilder builder = LocalStack.configure();
        if (options.contains(WITH_PROMETHEUS)) {
            builder.withPrometheus();
        }
        if (!services.isEmpty()) {
            builder.services(services);
        }
        LocalStack stack;
        try {
            stack = builder.start();
        } catch (RuntimeException e) {
            System.err.println("\nledgerline up failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(banner(stack, services.isEmpty() || services.contains(Service.GATEWAY.serviceName())));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String banner(LocalStack stack, boolean withGateway) {
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        StringBuilder text = new StringBuilder("%nLedgerline is up after %.1f s.%n%n".formatted(seconds));
        stack.serviceNames().forEach(name -> line(text, name, stack.serviceUrl(name)));
        line(text, "PostgreSQL", stack.postgresJdbcUrl());
        line(text, "Kafka", stack.kafkaBootstrapServers());
        if (stack.prometheusUrl() != null) {
            line(text, "Prometheus", stack.prometheusUrl());
        }
        line(text, "Logs", stack.dataDirectory().resolve("logs") + "/<process>.log");
        if (withGateway) {
            text.append(tryFirst(stack.gatewayUrl()));
        }
        return text.append("\nCtrl-C stops everything.").toString();
    }

    /** The demo accounts (finance and the platform operator included) and the first calls through the gateway. */
    static String tryFirst(String url) {
        return new StringBuilder().append("\nThe gateway is ").append(url).append(" (Swagger UI: ").append(url)
                .append("/swagger-ui.html). Demo accounts, secret 'secret' (docs/security.md):\n")
                .append("  acme-admin, acme-finance, acme-manager, acme-member, acme-integration (and globex-...);")
                .append(" ops-admin is the platform operator\n")
                .append("Try first: finance registers a client, a manager creates a project and a task:\n")
                .append("  FINANCE=$(curl -s -u acme-finance:secret -d grant_type=client_credentials ")
                .append(Service.issuer()).append(TOKEN_ONLY)
                .append("  TOKEN=$(curl -s -u acme-manager:secret -d grant_type=client_credentials ")
                .append(Service.issuer()).append(TOKEN_ONLY)
                .append("  curl -s -X POST ").append(url).append("/api/v1/clients ")
                .append(JSON.replace("$TOKEN", "$FINANCE"))
                .append("    -d '{\"name\":\"Acme GmbH\",\"currency\":\"EUR\",\"paymentTermsDays\":30,")
                .append("\"defaultTaxRate\":\"19\",\"billingAddress\":{\"line1\":\"Hauptstrasse 1\",")
                .append("\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"}}'\n")
                .append("  curl -s -X POST ").append(url).append("/api/v1/projects ").append(JSON)
                .append("    -d '{\"clientId\":\"<clientId above>\",\"name\":\"Website relaunch\",")
                .append("\"code\":\"WEB-1\",\"billingMode\":\"TIME_AND_MATERIALS\"}'\n")
                .append("  curl -s -X POST ").append(url).append("/api/v1/tasks ").append(JSON)
                .append("    -d '{\"projectId\":\"<projectId above>\",\"title\":\"Design review\"}'\n")
                .toString();
    }

    private static void line(StringBuilder text, String name, String where) {
        text.append("  %-22s%s%n".formatted(name, where));
    }
}
