package io.ledgerline.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every endpoint that reads {@code If-Match} in its OpenAPI operation, the same way in every service: what
 * the header means, whether it is required ({@link IfMatchRequired}), and the 412 and 428 problem answers.
 */
class ConditionalRequestDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean readsIfMatch = Arrays.stream(handler.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
                .anyMatch(header -> header != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())
                        || HttpHeaders.IF_MATCH.equalsIgnoreCase(header.value())));
        if (!readsIfMatch) {
            return operation;
        }
        boolean required = handler.hasMethodAnnotation(IfMatchRequired.class);
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> "header".equals(parameter.getIn())
                            && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))
                    .forEach(parameter -> describe(parameter, required));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.addApiResponse("412", problem("If-Match names another version than the current one, or only "
                + "weak tags (strong comparison)"));
        if (required) {
            responses.addApiResponse("428", problem("If-Match is missing: this change must name the version it is "
                    + "based on, or *"));
        }
        operation.setResponses(responses);
        return operation;
    }

    private static void describe(Parameter parameter, boolean required) {
        parameter.setRequired(required);
        parameter.setDescription(required ? ETags.REQUIRED : ETags.OPTIONAL);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, new MediaType()));
    }
}
