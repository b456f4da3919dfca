package io.ledgerline.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Ledgerline's local OpenID Connect provider (port 9000 unless {@code SERVER_PORT} says otherwise). */
@SpringBootApplication
public class IdentityApplication {

    /**
     * Runs the identity provider.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
