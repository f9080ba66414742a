package fr.mutualim.lotplanner.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mutualim.chassis.messaging.ConsumedEventJanitor;
import fr.mutualim.localstack.TestInfrastructureResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chassis' janitor forgets consumed event ids older than the retention, and only those. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class ConsumedEventJanitorTest {

    @Inject
    EntityManager em;

    @Inject
    ConsumedEventJanitor janitor;

    @Test
    void idsConsumedBeforeTheCutoffAreForgottenAndLaterOnesKept() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS);
        String old = record(cutoff.minus(Duration.ofDays(10)));
        String justBefore = record(cutoff.minus(Duration.ofNanos(1000)));
        String atCutoff = record(cutoff);
        String recent = record(Instant.now());

        assertEquals(2, janitor.purgeConsumedBefore(cutoff));

        assertEquals(List.of(atCutoff, recent).stream().sorted().toList(), present(old, justBefore, atCutoff, recent));
    }

    private String record(Instant consumedAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into consumed_event (event_id, event_type, consumed_at) values (?1, 'test.v1', ?2)")
                .setParameter(1, id).setParameter(2, consumedAt).executeUpdate());
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<String> present(String... ids) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                        "select event_id from consumed_event where event_id = any(?1) order by event_id")
                .setParameter(1, ids).getResultList());
    }
}
