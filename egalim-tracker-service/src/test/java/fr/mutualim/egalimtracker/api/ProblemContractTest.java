package fr.mutualim.egalimtracker.api;

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
                .post("/canteens/5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21/shares")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }

    @Test
    void unknownPathsMalformedIdsAndBadPagingAreProblems() {
        given().auth().oauth2(TestTokens.operator()).get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json").body("instance", equalTo("/nowhere"));
        given().auth().oauth2(TestTokens.operator()).get("/canteens/42/shares?year=2026")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.operator()).get("/canteens/5b0c9a64-3d0c-4f0e-8d0e-2a4c1f6b7e21/shares?year=1900")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void healthOpenApiAndMetricsArePublic() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Kafka"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Mutualim egalim-tracker-service"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
