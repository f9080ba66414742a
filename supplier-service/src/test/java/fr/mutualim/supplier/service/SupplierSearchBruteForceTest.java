package fr.mutualim.supplier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.CertificationDetails;
import fr.mutualim.supplier.domain.CertificationType;
import fr.mutualim.supplier.domain.Contact;
import fr.mutualim.supplier.domain.GeoPoint;
import fr.mutualim.supplier.domain.MatchIndex;
import fr.mutualim.supplier.domain.MatchRules;
import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.OfferDetails;
import fr.mutualim.supplier.domain.ProductFamily;
import fr.mutualim.supplier.domain.SearchCriteria;
import fr.mutualim.supplier.domain.Siret;
import fr.mutualim.supplier.domain.SizeClass;
import fr.mutualim.supplier.domain.Supplier;
import fr.mutualim.supplier.domain.SupplierDetails;
import fr.mutualim.supplier.domain.SupplierKind;
import fr.mutualim.supplier.domain.Unit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search against a brute force: every supplier and offer of the database evaluated with
 * {@link MatchRules}, on 5 000 generated suppliers (written straight into the database, so the index
 * learns of them through the change log, as of another instance's writes) and random searches.
 * Same matches, same order.
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierSearchBruteForceTest {

    private static final int SUPPLIERS = 5_000;
    private static final String[] CPV = {"03222321-9", "03212100-1", "03221000-6", "15551300-8", "15511000-3",
        "15112000-6", "15111100-0", "15811100-7", "03311000-2"};
    private static final ProductFamily[] FAMILY = {ProductFamily.FRUITS_ET_LEGUMES, ProductFamily.FRUITS_ET_LEGUMES,
        ProductFamily.FRUITS_ET_LEGUMES, ProductFamily.PRODUITS_LAITIERS, ProductFamily.PRODUITS_LAITIERS,
        ProductFamily.VIANDES_VOLAILLES, ProductFamily.VIANDES_VOLAILLES, ProductFamily.BOULANGERIE,
        ProductFamily.PRODUITS_DE_LA_MER};
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Inject
    SupplierSearch search;

    @Inject
    EntityManager em;

    @Inject
    SearchIndex index;

    @BeforeAll
    void generateADirectory() {
        Random random = new Random(42);
        Instant now = Instant.now();
        for (int batch = 0; batch < SUPPLIERS / 500; batch++) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 500; i++) {
                    generateSupplier(random, now);
                }
            });
        }
        index.refresh(); // as the next poll would
    }

    private void generateSupplier(Random random, Instant now) {
        UUID id = UUID.randomUUID();
        SupplierDetails details = new SupplierDetails(new Siret(siret(random)), "Generated " + id, null,
                SupplierKind.PRODUCER, SizeClass.MICRO, true, null, "62000", "Arras", "62041",
                BigDecimal.valueOf(49.9 + random.nextDouble() * 1.2).setScale(6, java.math.RoundingMode.HALF_UP),
                BigDecimal.valueOf(1.6 + random.nextDouble() * 1.8).setScale(6, java.math.RoundingMode.HALF_UP),
                10 + random.nextInt(140), BigDecimal.ZERO, random.nextInt(3), new Contact("x", null, null), null);
        em.persist(Supplier.register(id, details, now));
        for (int o = 0, offers = 1 + random.nextInt(4); o < offers; o++) {
            int product = random.nextInt(CPV.length);
            Set<Integer> months = new HashSet<>();
            for (int m = 1; m <= 12; m++) {
                if (random.nextDouble() < 0.7) {
                    months.add(m);
                }
            }
            months.add(1 + random.nextInt(12));
            BigDecimal monthly = random.nextBoolean() ? null : BigDecimal.valueOf(100 + random.nextInt(3000));
            em.persist(Offer.publish(UUID.randomUUID(), id, new OfferDetails("Product " + product, CPV[product],
                    FAMILY[product], random.nextBoolean() ? Unit.KG : Unit.PIECE,
                    BigDecimal.valueOf(500 + random.nextInt(20000)), months, monthly, BigDecimal.ONE, 1,
                    Set.of(DayOfWeek.MONDAY)), now));
        }
        if (random.nextDouble() < 0.4) {
            int product = random.nextInt(CPV.length);
            CertificationType type = random.nextBoolean() ? CertificationType.BIO : CertificationType.LABEL_ROUGE;
            LocalDate from = TODAY.minusDays(random.nextInt(400));
            Certification certification = Certification.add(UUID.randomUUID(), id, new CertificationDetails(type, "c", "1",
                    from, from.plusDays(random.nextInt(600)),
                    random.nextBoolean() ? Set.of(FAMILY[product]) : Set.of(),
                    random.nextBoolean() ? Set.of(CPV[product].substring(0, 4)) : Set.of("03")), now);
            if (random.nextDouble() < 0.2) {
                certification.revoke(TODAY.minusDays(random.nextInt(100) - 50), "test");
            }
            em.persist(certification);
        }
    }

    @Test
    void randomSearchesFindExactlyWhatABruteForceFindsInTheSameOrder() {
        Map<UUID, Supplier> suppliers = all(Supplier.class).stream().collect(Collectors.toMap(Supplier::id, s -> s));
        Map<UUID, List<Offer>> offers = all(Offer.class).stream().collect(Collectors.groupingBy(Offer::supplierId));
        Map<UUID, List<Certification>> certifications = all(Certification.class).stream()
                .collect(Collectors.groupingBy(Certification::supplierId));
        assertTrue(suppliers.size() >= SUPPLIERS);
        Random random = new Random(7);
        int nonEmpty = 0;
        for (int round = 0; round < 25; round++) {
            SearchCriteria criteria = randomCriteria(random);
            List<String> expected = bruteForce(criteria, suppliers, offers, certifications);
            MatchIndex.Page first = page(criteria, 0);
            long total = first.total();
            List<String> actual = new ArrayList<>(ids(first));
            for (int page = 1; actual.size() < total; page++) {
                List<String> more = ids(page(criteria, page));
                assertTrue(!more.isEmpty(), "page " + page + " is empty before the total is reached");
                actual.addAll(more);
            }
            assertEquals(expected.size(), total, "total for " + criteria);
            assertEquals(expected, actual, "matches for " + criteria);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty >= 10, "the random searches should mostly find something; found for " + nonEmpty);
    }

    private MatchIndex.Page page(SearchCriteria criteria, int page) {
        return QuarkusTransaction.requiringNew().call(() -> search.search(criteria, page, 200));
    }

    private static List<String> ids(MatchIndex.Page results) {
        return results.hits().stream().map(m -> m.supplier().id() + "/" + m.offer().id()).toList();
    }

    private static List<String> bruteForce(SearchCriteria criteria, Map<UUID, Supplier> suppliers,
                                           Map<UUID, List<Offer>> offers, Map<UUID, List<Certification>> certifications) {
        record Found(Supplier supplier, Offer offer, MatchRules.Fit fit) {
        }
        List<Found> found = new ArrayList<>();
        for (Supplier supplier : suppliers.values()) {
            offers.getOrDefault(supplier.id(), List.of()).stream()
                    .map(offer -> new Found(supplier, offer, MatchRules.evaluate(criteria, supplier.details(), offer,
                            certifications.getOrDefault(supplier.id(), List.of()))))
                    .filter(f -> f.fit().matches())
                    .min(Comparator.comparing((Found f) -> f.fit().capacity()).reversed()
                            .thenComparing(f -> f.offer().id().toString()))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparing((Found f) -> f.fit().capacityMargin()).reversed()
                .thenComparingDouble(f -> f.fit().maxDistanceKm())
                .thenComparing(f -> !f.supplier().details().shortChain())
                .thenComparing(f -> f.supplier().id().toString()));
        return found.stream().map(f -> f.supplier().id() + "/" + f.offer().id()).toList();
    }

    private static SearchCriteria randomCriteria(Random random) {
        String cpv = CPV[random.nextInt(CPV.length)];
        String prefix = cpv.substring(0, 2 + random.nextInt(5));
        Set<Integer> months = new HashSet<>();
        for (int m = 0, count = 1 + random.nextInt(3); m < count; m++) {
            months.add(1 + random.nextInt(12));
        }
        List<GeoPoint> points = new ArrayList<>();
        for (int p = 0, count = 1 + random.nextInt(3); p < count; p++) {
            points.add(new GeoPoint(50.2 + random.nextDouble() * 0.6, 2.0 + random.nextDouble() * 1.0));
        }
        String label = switch (random.nextInt(4)) {
            case 0 -> "BIO";
            case 1 -> "LABEL_ROUGE";
            default -> null;
        };
        Unit unit = random.nextInt(3) == 0 ? Unit.KG : null;
        return new SearchCriteria(prefix, BigDecimal.valueOf(200 + random.nextInt(4000)), unit, months, points, label,
                TODAY.minusDays(random.nextInt(200)));
    }

    private <T> List<T> all(Class<T> type) {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("from " + type.getSimpleName(), type).getResultList());
    }

    private static String siret(Random random) {
        return fr.mutualim.localstack.Sirets.of(10_000_000 + random.nextInt(89_999_999), random.nextInt(10_000));
    }

}
