package fr.mutualim.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The one test resource of every service: a real PostgreSQL database of its own and the shared real
 * Kafka broker (see {@link TestInfrastructure}), and the local token issuer's public key.
 */
public class TestInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            TestInfrastructure.Endpoints endpoints = TestInfrastructure.ensureStarted();
            return Map.of(
                    "quarkus.datasource.jdbc.url", endpoints.newDatabase("test"),
                    "quarkus.datasource.username", endpoints.user(),
                    "quarkus.datasource.password", endpoints.password(),
                    "kafka.bootstrap.servers", endpoints.kafkaBootstrapServers(),
                    "mp.jwt.verify.publickey.location", endpoints.tokenKeys().resolve("public.pem").toString(),
                    "mp.jwt.verify.issuer", TokenIssuer.ISSUER);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test PostgreSQL and Kafka", e);
        }
    }

    @Override
    public void stop() {
        // The servers outlive one application: they stop with the JVM.
    }
}
