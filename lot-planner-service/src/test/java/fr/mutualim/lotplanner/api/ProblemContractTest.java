package fr.mutualim.lotplanner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The read-only API still answers every bad request with a problem document. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class ProblemContractTest {

    @Test
    void aJsonBodySentToAReadOnlyResourceIsAMethodNotAllowedProblem() {
        given().auth().oauth2(TestTokens.operator()).contentType("application/json").body("{\"broken\": ")
                .post("/suppliers")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }

    @Test
    void unknownPathsMalformedIdsAndBadPagingAreProblems() {
        given().auth().oauth2(TestTokens.operator()).get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json").body("instance", equalTo("/nowhere"));
        given().auth().oauth2(TestTokens.operator()).get("/suppliers/42")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.operator()).get("/suppliers?page=-1")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void healthOpenApiAndMetricsArePublic() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Kafka"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Mutualim lot-planner-service"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
