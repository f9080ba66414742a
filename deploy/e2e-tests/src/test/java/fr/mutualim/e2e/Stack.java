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
        String base = String.format("%08d", (System.nanoTime() / 1000) % 100_000_000L);
        String siren = base + luhnDigit(base);
        String body = siren + "0001";
        return body + luhnDigit(body);
    }

    private static int luhnDigit(String digits) {
        for (int check = 0; check < 10; check++) {
            String candidate = digits + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            }
            if (sum % 10 == 0) {
                return check;
            }
        }
        throw new IllegalStateException();
    }
}
