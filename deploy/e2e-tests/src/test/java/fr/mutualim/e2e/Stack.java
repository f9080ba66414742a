package fr.mutualim.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/** Where the project is, and HTTP requests to a service of a running stack. */
final class Stack {

    private Stack() {
    }

    static Path root() {
        return Path.of(System.getProperty("mutualim.root", "../..")).toAbsolutePath().normalize();
    }

    static RequestSpecification as(String token, int port) {
        return RestAssured.given().baseUri("http://localhost").port(port).auth().oauth2(token)
                .contentType("application/json");
    }

    static String supplier(String siret) {
        return """
                {"siret": "%s", "legalName": "Ferme de bout en bout", "kind": "PRODUCER", "deliveryRadiusKm": 50,
                 "sizeClass": "MICRO", "sme": true, "minimumOrderExclTax": 0, "intermediaries": 0,
                 "address": {"postalCode": "62000", "commune": "Arras", "inseeCode": "62041",
                             "latitude": 50.29, "longitude": 2.77}}
                """.formatted(siret);
    }

    /** Luhn-valid SIRETs distinct from one run to the next. */
    static String siret() {
        return fr.mutualim.localstack.Sirets.of(System.nanoTime() / 1000, 1);
    }

}
