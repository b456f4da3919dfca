package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of an OpenAPI document: method, path template, parameters and the resolved schema of its JSON body
 * ({@code null} when it takes none).
 */
public record ApiOperation(String method, String path, List<ApiParameter> pathParameters,
                           List<ApiParameter> queryParameters, JsonNode bodySchema) {

    /** {@code "POST /api/v1/projects/{projectId}/members"}: how coverage and failures name the operation. */
    public String key() {
        return method + " " + path;
    }

    boolean hasBody() {
        return bodySchema != null;
    }

    @Override
    public String toString() {
        return key();
    }
}
