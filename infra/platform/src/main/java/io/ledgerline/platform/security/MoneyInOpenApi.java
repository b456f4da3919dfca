package io.ledgerline.platform.security;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.springdoc.core.customizers.PropertyCustomizer;

/** Marks {@link MoneyField}s in the OpenAPI document as possibly omitted, in words and as an extension. */
final class MoneyInOpenApi implements PropertyCustomizer {

    static final String EXTENSION = "x-ledgerline-money";
    static final String NOTE = "Money: omitted for callers without money rights (roles admin and finance, scope "
            + "finance.read, or a manager of this project).";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (property != null && annotations != null
                && Arrays.stream(annotations).anyMatch(annotation -> annotation instanceof MoneyField)) {
            property.addExtension(EXTENSION, "omitted-without-money-rights");
            property.setDescription(property.getDescription() == null ? NOTE : property.getDescription() + " " + NOTE);
        }
        return property;
    }
}
