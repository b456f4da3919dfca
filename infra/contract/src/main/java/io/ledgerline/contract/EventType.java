package io.ledgerline.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire identity of an {@link IntegrationEvent}: the CloudEvents {@code type}, for example
 * {@code ledgerline.project.ProjectCreated.v1}. Written out by hand so that renaming a Java class never changes what
 * subscribers see; a breaking change is a new type with a higher version, published beside the old one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The CloudEvents {@code type}: {@code ledgerline.<context>.<Name>.v<version>}. */
    String value();
}
