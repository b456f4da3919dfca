package io.ledgerline.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the Ledgerline gateway (port 8080 unless {@code SERVER_PORT} says otherwise). */
@SpringBootApplication
public class GatewayApplication {

    /**
     * Runs the gateway.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
