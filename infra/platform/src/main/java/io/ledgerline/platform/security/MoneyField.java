package io.ledgerline.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a response record that carries money (a rate, an amount, a budget in money). It is omitted
 * from the response, not set to null, for a caller without money rights ({@link MoneyVisibility}); the OpenAPI
 * document says so on the field ({@code x-ledgerline-money}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface MoneyField {
}
