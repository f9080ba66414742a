package fr.mutualim.supplier.api;

import java.util.concurrent.atomic.AtomicLong;

/** Request bodies for tests; each call gets a SIRET of its own. */
public final class TestSuppliers {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L);

    private TestSuppliers() {
    }

    /** A fresh Luhn-valid SIRET (SIREN and SIRET both valid). */
    public static String newSiret() {
        String siren = withLuhnDigit(String.format("%08d", NEXT.incrementAndGet() % 100_000_000L));
        return withLuhnDigit(siren + "0001");
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

    private static String withLuhnDigit(String digits) {
        for (int check = 0; check < 10; check++) {
            String candidate = digits + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
