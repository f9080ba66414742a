package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Seeded random planning instances: sites in a few clusters of a region, lines from a small CPV catalogue (so offers
 * overlap, with generic codes such as 03222000-3 covering specific ones), suppliers of every kind near the sites with
 * seasonal offers, capacities around the demand, labels and certificates (some expiring, revoked or out of scope).
 * {@code RandomInstances.of(seed, 2000, 500, 2000, 0.45)} gives a region-sized group for benchmarks.
 */
public final class RandomInstances {

    /** A catalogue entry: CPV, label, family, category code and label, unit. */
    record Product(String cpv, String label, String family, String category, String categoryLabel, String unit) {}

    static final List<Product> CATALOGUE = List.of(
            new Product("03222321-9", "Pommes", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais", "KG"),
            new Product("03222322-6", "Poires", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais", "KG"),
            new Product("03222111-4", "Bananes", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais", "KG"),
            new Product("03221112-4", "Carottes", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais", "KG"),
            new Product("03212100-1", "Pommes de terre", "FRUITS_ET_LEGUMES", "FRUITS_LEGUMES_FRAIS", "Fruits et légumes frais", "KG"),
            new Product("15511000-3", "Lait", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "Produits laitiers et œufs", "L"),
            new Product("15551300-8", "Yaourts", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "Produits laitiers et œufs", "PIECE"),
            new Product("15540000-5", "Fromages", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "Produits laitiers et œufs", "KG"),
            new Product("03142500-3", "Œufs", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS", "Produits laitiers et œufs", "PIECE"),
            new Product("15111100-0", "Bœuf", "VIANDES_VOLAILLES", "VIANDES", "Viandes et volailles", "KG"),
            new Product("15113000-3", "Porc", "VIANDES_VOLAILLES", "VIANDES", "Viandes et volailles", "KG"),
            new Product("15112000-6", "Volaille", "VIANDES_VOLAILLES", "VIANDES", "Viandes et volailles", "KG"),
            new Product("15811100-7", "Pain", "BOULANGERIE", "BOULANGERIE", "Pain et viennoiserie", "KG"),
            new Product("15850000-1", "Pâtes", "AUTRES", "EPICERIE", "Épicerie", "KG"));

    /** Generic codes suppliers may offer instead of the line's own code. */
    static final Map<String, String> GENERIC = Map.of(
            "03222321-9", "03222000-3", "03222322-6", "03222000-3", "03222111-4", "03222000-3",
            "03221112-4", "03221000-6", "15551300-8", "15500000-3", "15540000-5", "15500000-3",
            "15111100-0", "15110000-2", "15113000-3", "15110000-2", "15112000-6", "15110000-2");

    static final String[] KINDS = {"PRODUCER", "COOPERATIVE", "ARTISAN", "PROCESSOR", "WHOLESALER"};
    static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    static final String[] LABELS = {"BIO", "LABEL_ROUGE", "HVE", "IGP", "FERMIER"};
    /** Real communes, among them names holding a forbidden word (France) or close to one (Locon, Locmaria). */
    static final String[] COMMUNES = {"Arras", "Roissy-en-France", "Locon", "Béthune", "Lens", "Mareil-en-France",
            "Saint-Omer", "Locmaria", "Boulogne-sur-Mer", "Le Quesnoy", "Liévin"};

    private RandomInstances() {
    }

    /** A small instance for property tests (sizes drawn from the seed). */
    public static PlanningInput small(long seed) {
        Random r = new Random(seed);
        return of(seed, 2 + r.nextInt(14), 1 + r.nextInt(12), 2 + r.nextInt(24), 0.3 + 0.6 * r.nextDouble());
    }

    public static PlanningInput of(long seed, int siteCount, int lineCount, int supplierCount, double density) {
        return of(seed, siteCount, lineCount, supplierCount, density, 1);
    }

    /**
     * @param variants product variants per catalogue entry: variant v of 03222321-9 is the code with the same first
     *     5 digits and 3 others (a different apple variety, say), so a directory of many products can be simulated;
     *     generic codes (03222000-3) still cover every variant of their group
     */
    public static PlanningInput of(long seed, int siteCount, int lineCount, int supplierCount, double density, int variants) {
        Random r = new Random(seed);
        List<Product> catalogue = new ArrayList<>();
        for (Product p : CATALOGUE) {
            catalogue.add(p);
            for (int v = 1; v < variants; v++) {
                String digits = Cpv.digits(p.cpv()).substring(0, 5) + String.format("%03d", Math.floorMod(Cpv.digits(p.cpv()).substring(5).hashCode() + 37 * v, 1000));
                catalogue.add(new Product(digits + "-0", p.label() + " variété " + v, p.family(), p.category(), p.categoryLabel(), p.unit()));
            }
        }
        LocalDate start = LocalDate.of(2027, 1, 1).plusMonths(r.nextInt(12));
        LocalDate launch = LocalDate.of(2025, 6, 1).plusDays(r.nextInt(900));
        int duration = new int[] {12, 24, 36, 48}[r.nextInt(4)];
        int clusters = 1 + r.nextInt(Math.max(1, Math.min(8, siteCount / 2 + 1)));
        double[][] centres = new double[clusters][];
        for (int c = 0; c < clusters; c++) {
            centres[c] = new double[] {49.8 + 1.4 * r.nextDouble(), 1.6 + 2.2 * r.nextDouble()};
        }
        List<DeliverySite> sites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            double[] c = centres[r.nextInt(clusters)];
            // Communes on every other size, so that zone titles name communes or canteens; drawn without r.
            sites.add(new DeliverySite(uuid(r), i % 5 == 4 ? "Collège Anatole France" : "Collège " + (i + 1),
                    c[0] + 0.25 * r.nextGaussian(), c[1] + 0.35 * r.nextGaussian(),
                    siteCount % 2 == 0 ? COMMUNES[i * 7 % COMMUNES.length] : null));
        }
        List<DemandLine> lines = new ArrayList<>();
        for (int l = 0; l < lineCount; l++) {
            Product p = catalogue.get(r.nextInt(catalogue.size()));
            Map<UUID, BigDecimal> quantities = new LinkedHashMap<>();
            for (DeliverySite s : sites) {
                if (r.nextDouble() < density) {
                    quantities.put(s.canteenId(), BigDecimal.valueOf(1000 + r.nextInt(2_000_000), 3));
                }
            }
            String label = r.nextDouble() < 0.2 ? LABELS[r.nextInt(LABELS.length)] : null;
            lines.add(new DemandLine(uuid(r), l + 1, p.label() + " " + (l + 1), p.cpv(), p.family(), p.category(), p.categoryLabel(),
                    p.unit(), months(r, 0.6), 1 + r.nextInt(5), BigDecimal.valueOf(30 + r.nextInt(2000), 2), label, quantities));
        }
        Map<String, Long> demand = new java.util.HashMap<>();
        for (DemandLine line : lines) {
            demand.merge(line.cpvCode(), line.quantityPerSite().values().stream().mapToLong(BigDecimal::longValue).sum(), Long::sum);
        }
        List<SupplierProfile> suppliers = new ArrayList<>();
        for (int i = 0; i < supplierCount; i++) {
            suppliers.add(supplier(r, i, centres, demand, start, catalogue));
        }
        Campaign campaign = new Campaign(uuid(r), 1, uuid(r), "Campagne " + seed, sites, lines);
        PlanParameters params = new PlanParameters(launch, start, duration, 1 + r.nextInt(2), 40 + r.nextInt(120), 1,
                null, null, null);
        return new PlanningInput(campaign, suppliers, params);
    }

    private static SupplierProfile supplier(Random r, int i, double[][] centres, Map<String, Long> demandByCpv, LocalDate start,
            List<Product> catalogue) {
        String kind = KINDS[r.nextInt(KINDS.length)];
        String size = "WHOLESALER".equals(kind) ? SIZES[2 + r.nextInt(2)] : SIZES[r.nextInt(SIZES.length)];
        double[] c = centres[r.nextInt(centres.length)];
        int radius = "WHOLESALER".equals(kind) ? 150 + r.nextInt(300) : 15 + r.nextInt(120);
        int intermediaries = "WHOLESALER".equals(kind) ? 1 + r.nextInt(3) : r.nextInt(2);
        List<SupplierOffer> offers = new ArrayList<>();
        int count = 1 + r.nextInt("WHOLESALER".equals(kind) ? 8 : 3);
        for (int o = 0; o < count; o++) {
            Product p = catalogue.get(r.nextInt(catalogue.size()));
            String generic = GENERIC.get(CATALOGUE.stream().filter(x -> Cpv.digits(x.cpv()).startsWith(Cpv.digits(p.cpv()).substring(0, 5)))
                    .map(Product::cpv).findFirst().orElse(""));
            String cpv = r.nextBoolean() && generic != null ? generic : p.cpv();
            String unit = r.nextDouble() < 0.9 ? p.unit() : "KG";
            long demand = demandByCpv.getOrDefault(p.cpv(), 0L);
            if (cpv.equals(generic)) {
                demand *= 2;
            }
            long annual = Math.max(10, (long) (demand * (0.05 + 1.2 * r.nextDouble())));
            BigDecimal monthly = r.nextDouble() < 0.3 ? BigDecimal.valueOf(Math.max(1, annual / (4 + r.nextInt(10)))) : null;
            offers.add(new SupplierOffer(uuid(r), p.label(), cpv, p.family(), unit, BigDecimal.valueOf(annual),
                    "WHOLESALER".equals(kind) ? months(r, 0.1) : months(r, 0.5), monthly, BigDecimal.valueOf(50 + r.nextInt(1500), 2)));
        }
        List<Certificate> certificates = new ArrayList<>();
        int certs = r.nextInt(3);
        for (int k = 0; k < certs; k++) {
            String label = LABELS[r.nextInt(LABELS.length)];
            Product p = CATALOGUE.get(r.nextInt(CATALOGUE.size()));
            LocalDate from = start.minusMonths(r.nextInt(30));
            LocalDate until = start.plusMonths(r.nextInt(40) - 6);
            LocalDate revoked = r.nextDouble() < 0.1 ? start.plusMonths(r.nextInt(20) - 10) : null;
            Set<String> families = r.nextBoolean() ? Set.of(p.family()) : Set.of();
            Set<String> prefixes = families.isEmpty() ? Set.of(Cpv.digits(p.cpv()).substring(0, 2 + r.nextInt(6))) : Set.of();
            certificates.add(new Certificate(uuid(r), label, r.nextDouble() < 0.9 ? label : null, from, until, revoked, families, prefixes));
        }
        return new SupplierProfile(uuid(r), "Fournisseur " + (i + 1), kind, size,
                c[0] + 0.4 * r.nextGaussian(), c[1] + 0.5 * r.nextGaussian(), radius, intermediaries, offers, certificates);
    }

    /** All months with probability {@code full}, else a season of 3 to 9 consecutive months. */
    private static Set<Integer> months(Random r, double full) {
        Set<Integer> m = new TreeSet<>();
        if (r.nextDouble() < full) {
            for (int i = 1; i <= 12; i++) {
                m.add(i);
            }
            return m;
        }
        int first = 1 + r.nextInt(12);
        int len = 3 + r.nextInt(7);
        for (int i = 0; i < len; i++) {
            m.add((first - 1 + i) % 12 + 1);
        }
        return m;
    }

    static UUID uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }
}
