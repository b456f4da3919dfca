package io.ledgerline.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose change must be conditional: it reads its {@code If-Match} with
 * {@link ETags#requireIfMatch}, and its OpenAPI operation shows the header as required and 428 among its answers.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface IfMatchRequired {
}
