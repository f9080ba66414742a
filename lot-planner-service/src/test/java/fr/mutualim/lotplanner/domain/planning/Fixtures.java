package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

/** Small hand-made building blocks for scenario tests. Ids derive from names, so they are stable. */
final class Fixtures {

    static final LocalDate LAUNCH = LocalDate.of(2026, 6, 1);
    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final Set<Integer> ALL_YEAR = months(1, 12);

    private Fixtures() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Set<Integer> months(int from, int to) {
        Set<Integer> m = new TreeSet<>();
        IntStream.rangeClosed(from, to).forEach(m::add);
        return m;
    }

    static Set<Integer> monthsOf(Integer... months) {
        return new TreeSet<>(List.of(months));
    }

    static DeliverySite site(String name, double lat, double lon) {
        return new DeliverySite(id(name), name, lat, lon);
    }

    static DemandLine line(int number, String label, String cpv, String category, String unit, String price, String requiredLabel,
            Set<Integer> months, Map<DeliverySite, String> quantities) {
        Map<UUID, BigDecimal> q = new LinkedHashMap<>();
        quantities.forEach((s, v) -> q.put(s.canteenId(), new BigDecimal(v)));
        String family = cpv.startsWith("15") ? "PRODUITS_LAITIERS" : "FRUITS_ET_LEGUMES";
        return new DemandLine(id("line" + number), number, label, cpv, family, category, category.replace('_', ' ').toLowerCase(),
                unit, months, 2, new BigDecimal(price), requiredLabel, q);
    }

    static Map<DeliverySite, String> each(List<DeliverySite> sites, String quantity) {
        Map<DeliverySite, String> m = new LinkedHashMap<>();
        sites.forEach(s -> m.put(s, quantity));
        return m;
    }

    static SupplierOffer offer(String name, String cpv, String unit, String capacity, Set<Integer> months, String monthly) {
        return new SupplierOffer(id("offer" + name + cpv), name, cpv, "FRUITS_ET_LEGUMES", unit, new BigDecimal(capacity), months,
                monthly == null ? null : new BigDecimal(monthly), new BigDecimal("1.00"));
    }

    static SupplierProfile producer(String name, double lat, double lon, int radius, List<SupplierOffer> offers, List<Certificate> certs) {
        return new SupplierProfile(id(name), name, "PRODUCER", "MICRO", lat, lon, radius, 0, offers, certs);
    }

    static SupplierProfile wholesaler(String name, double lat, double lon, int radius, List<SupplierOffer> offers) {
        return new SupplierProfile(id(name), name, "WHOLESALER", "LARGE", lat, lon, radius, 2, offers, List.of());
    }

    static Certificate certificate(String name, String label, LocalDate from, LocalDate until, LocalDate revoked, Set<String> families) {
        return new Certificate(id("cert" + name), label, label, from, until, revoked, families, Set.of());
    }

    static PlanningInput input(List<DeliverySite> sites, List<DemandLine> lines, List<SupplierProfile> suppliers, PlanParameters params) {
        return new PlanningInput(new Campaign(id("campaign"), 1, id("group"), "Denrées 2027", sites, lines), suppliers, params);
    }

    static PlanParameters params(int durationMonths) {
        return PlanParameters.defaults(LAUNCH, START, durationMonths);
    }
}
