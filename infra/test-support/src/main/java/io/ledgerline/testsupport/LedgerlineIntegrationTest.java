package io.ledgerline.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot integration test on a random port against this JVM's real PostgreSQL and Kafka
 * ({@link LedgerlineTestInfrastructure}). Every test class of a module that uses only this annotation
 * shares one cached application context.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LedgerlineTestInfrastructure.class)
public @interface LedgerlineIntegrationTest {
}
