package fr.mutualim.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Bearer tokens for tests, signed with the key the test applications trust. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String admin() {
        return token("admin@test", List.of("admin"), Map.of());
    }

    public static String operator(String... groupIds) {
        return token("operator@test", List.of("operator"), Map.of("group_ids", List.of(groupIds)));
    }

    public static String buyer(String... canteenIds) {
        return token("buyer@test", List.of("buyer"), Map.of("canteen_ids", List.of(canteenIds)));
    }

    public static String producer(String supplierId) {
        return token("producer@test", List.of("producer"), Map.of("supplier_id", supplierId));
    }

    public static String token(String subject, List<String> roles, Map<String, Object> scope) {
        try {
            TokenIssuer issuer = TokenIssuer.in(TestInfrastructure.ensureStarted().tokenKeys());
            return issuer.mint(subject, roles, scope, Duration.ofHours(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
