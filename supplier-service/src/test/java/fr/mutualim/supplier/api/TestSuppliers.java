package fr.mutualim.supplier.api;

import java.util.concurrent.atomic.AtomicLong;

/** Request bodies for tests; each call gets a SIRET of its own. */
public final class TestSuppliers {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L);

    private TestSuppliers() {
    }

    /** A fresh Luhn-valid SIRET (SIREN and SIRET both valid). */
    public static String newSiret() {
        return fr.mutualim.localstack.Sirets.of(NEXT.incrementAndGet(), 1);
    }

    public static String registration(String siret) {
        return registration(siret, "PRODUCER", null);
    }

    /** A full profile; {@code cooperativeId} may be null. */
    public static String registration(String siret, String kind, String cooperativeId) {
        return """
                {"siret": "%s", "legalName": "GAEC des Trois Vallées", "tradeName": "Les Trois Vallées",
                 "kind": "%s", "sizeClass": "MICRO", "sme": true, "deliveryRadiusKm": 80,
                 "minimumOrderExclTax": 150.00, "intermediaries": 0,
                 "contact": {"name": "Marie Lefebvre", "email": "marie@trois-vallees.fr", "phone": "+33 3 21 00 00 00"},
                 "cooperativeId": %s,
                 "address": {"street": "12 route de Saint-Omer", "postalCode": "62500", "commune": "Arques",
                             "inseeCode": "62040", "latitude": 50.737, "longitude": 2.305}}
                """.formatted(siret, kind, cooperativeId == null ? "null" : "\"" + cooperativeId + "\"");
    }

    /** Registers a supplier as an admin would and returns its id. */
    public static String register(String kind, String cooperativeId) {
        return io.restassured.RestAssured.given().auth().oauth2(fr.mutualim.localstack.TestTokens.admin())
                .contentType("application/json").body(registration(newSiret(), kind, cooperativeId))
                .post("/suppliers").then().statusCode(201).extract().path("id");
    }

}
