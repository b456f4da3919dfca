package io.ledgerline.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generator on a small OpenAPI document: every operation, each mutation where it has something to break. */
class MalformedRequestsTest {

    private static final String DOCUMENT = """
            {"openapi":"3.0.1","paths":{
              "/items":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/New"}}}}}},
              "/items/{itemId}":{"get":{"parameters":[
                {"name":"itemId","in":"path","required":true,"schema":{"type":"string"}},
                {"name":"asOf","in":"query","required":false,"schema":{"type":"string","format":"date-time"}}]}}},
             "components":{"schemas":{"New":{"type":"object","required":["name","price"],"properties":{
               "name":{"type":"string","minLength":1},
               "price":{"$ref":"#/components/schemas/Money"},
               "day":{"type":"string","format":"date"}}},
              "Money":{"type":"object","properties":{"amount":{"type":"number"},"currency":{"type":"string"}}}}}}""";

    private final List<ApiOperation> operations = OpenApiDocument.parse(DOCUMENT).operations();
    private final MalformedRequests requests = new MalformedRequests(operations, Map.of("itemId", "seeded-id"));

    @Test
    void listsEveryOperationWithItsResolvedSchema() {
        assertThat(operations).extracting(ApiOperation::key).containsExactly("POST /items", "GET /items/{itemId}");
        assertThat(operations.get(0).bodySchema().at("/properties/price/properties/currency/type").asText())
                .isEqualTo("string");
        assertThat(operations.get(1).queryParameters()).extracting(ApiParameter::name).containsExactly("asOf");
    }

    @Test
    void sweepsEveryOperationWithEachMutationThatApplies() {
        Map<String, Set<Mutation>> swept = requests.sweep().stream().collect(Collectors.groupingBy(
                MalformedRequest::operation, Collectors.mapping(MalformedRequest::mutation, Collectors.toSet())));

        assertThat(swept.get("POST /items")).contains(Mutation.INVALID_CURRENCY, Mutation.INVALID_DATE,
                Mutation.BROKEN_JSON, Mutation.MISSING_FIELD, Mutation.WRONG_METHOD)
                .doesNotContain(Mutation.BAD_PATH_PARAMETER);
        assertThat(swept.get("GET /items/{itemId}")).contains(Mutation.BAD_PATH_PARAMETER,
                Mutation.BAD_QUERY_PARAMETER, Mutation.INVALID_DATE).doesNotContain(Mutation.BROKEN_JSON);
    }

    @Test
    void breaksNestedFieldsAndLeavesTheRestPlausible() {
        List<MalformedRequest> currencies = requests.variants(operations.get(0), Mutation.INVALID_CURRENCY);

        assertThat(currencies).isNotEmpty().allSatisfy(request -> assertThat(request.body())
                .contains("\"name\":\"fuzz-value\"").contains("\"amount\":1"));
        assertThat(currencies).anySatisfy(request -> assertThat(request.body()).contains("\"currency\":\"eur\""));
    }

    @Test
    void drawsRequestsForTheDocumentsOperationsOnlyAndReplaysThemFromTheSeed() {
        List<MalformedRequest> drawn = draw(new Random(42));

        assertThat(drawn).allSatisfy(request -> {
            assertThat(request.operation()).isIn("POST /items", "GET /items/{itemId}");
            assertThat(request.target()).startsWith("/items");
            if (request.mutation() != Mutation.BAD_PATH_PARAMETER && request.operation().startsWith("GET")) {
                assertThat(request.target()).startsWith("/items/seeded-id");
            }
        });
        assertThat(drawn).extracting(MalformedRequest::operation).contains("POST /items", "GET /items/{itemId}");
        assertThat(draw(new Random(42))).isEqualTo(drawn);
    }

    private List<MalformedRequest> draw(Random random) {
        List<MalformedRequest> drawn = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            drawn.add(requests.draw(random));
        }
        return drawn;
    }
}
