package fr.mutualim.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The index compares capacities in thousandths (their columns' scale) instead of BigDecimals: at the
 * boundary it must still decide exactly as {@link MatchRules} does. SupplierSearchBruteForceTest holds
 * it to MatchRules on random data; these are the edge cases random data rarely hits.
 */
class MatchIndexTest {

    private static final GeoPoint ARRAS = new GeoPoint(50.2910, 2.7775);
    private static final Set<Integer> FOUR_MONTHS = Set.of(1, 2, 3, 4);

    @Test
    void anOfferWhoseCapacityEqualsAFractionalQuantityMatchesAndOneTenThousandthMoreExcludesIt() {
        MatchIndex index = indexWith(new BigDecimal("1000.500"), null);

        MatchIndex.Page exact = index.search(criteria("1000.5"), 20, 0);
        assertEquals(1, exact.total());
        assertEquals(new BigDecimal("1000.500"), exact.hits().get(0).capacity());
        assertEquals(new BigDecimal("0.0000"), exact.hits().get(0).capacityMargin());
        assertEquals(0, index.search(criteria("1000.5001"), 20, 0).total());
    }

    @Test
    void aMonthlyCapacityCountsForEachMonthAskedUpToTheAnnualOne() {
        MatchIndex index = indexWith(new BigDecimal("2000.000"), new BigDecimal("250.125"));

        MatchIndex.Page page = index.search(criteria("1000.5"), 20, 0);
        assertEquals(1, page.total());
        assertEquals(new BigDecimal("1000.500"), page.hits().get(0).capacity());
        assertEquals(0, index.search(criteria("1000.501"), 20, 0).total());
    }

    @Test
    void theMarginIsRoundedToFourDecimalsAsMatchRulesRoundsIt() {
        MatchIndex index = indexWith(new BigDecimal("1000.000"), null);

        assertEquals(new BigDecimal("0.4286"), index.search(criteria("700"), 20, 0).hits().get(0).capacityMargin());
    }

    private static MatchIndex indexWith(BigDecimal annualCapacity, BigDecimal monthlyCapacity) {
        MatchIndex empty = MatchIndex.empty();
        UUID id = UUID.randomUUID();
        SupplierDetails details = new SupplierDetails(null, "GAEC des Trois Vallées", null, SupplierKind.PRODUCER,
                SizeClass.MICRO, true, null, "62000", "Arras", "62041", new BigDecimal("50.291000"),
                new BigDecimal("2.777500"), 30, BigDecimal.ZERO, 0, null, null);
        MatchIndex.IndexedSupplier supplier = empty.supplier(id, details, List.of());
        MatchIndex.IndexedOffer offer = new MatchIndex.IndexedOffer(UUID.randomUUID(), supplier, "Pommes", "03222321-9",
                ProductFamily.FRUITS_ET_LEGUMES, Unit.KG, annualCapacity, monthlyCapacity, new BigDecimal("1.35"),
                Months.mask(Set.of(1, 2, 3, 4, 5)));
        return empty.with(Map.of(id, List.of(offer)));
    }

    private static SearchCriteria criteria(String quantity) {
        return new SearchCriteria("03222", new BigDecimal(quantity), null, FOUR_MONTHS, List.of(ARRAS), null,
                LocalDate.of(2026, 11, 26));
    }
}
