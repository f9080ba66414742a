package fr.mutualim.benchmarks.planning;

import fr.mutualim.lotplanner.domain.planning.Campaign;
import fr.mutualim.lotplanner.domain.planning.Certificate;
import fr.mutualim.lotplanner.domain.planning.DeliverySite;
import fr.mutualim.lotplanner.domain.planning.DemandLine;
import fr.mutualim.lotplanner.domain.planning.Geo;
import fr.mutualim.lotplanner.domain.planning.PlanParameters;
import fr.mutualim.lotplanner.domain.planning.PlanningInput;
import fr.mutualim.lotplanner.domain.planning.SupplierOffer;
import fr.mutualim.lotplanner.domain.planning.SupplierProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Seeded, deterministic purchasing groups of the Hauts-de-France, from a dozen canteens of one département to the
 * whole region. Canteens cluster around real towns (weighted by size) with a rural share spread over the
 * département; lines are variants (calibre, cut, organic, Label Rouge) of a catalogue of school-catering products in
 * homogeneous categories, with the products' seasons inside the school year (no August); suppliers are farms,
 * cooperatives, artisans, processors and wholesalers, each kind with its usual range of products, delivery radius,
 * number of intermediaries, capacity (relative to the demand it can reach) and certificates (some expired, revoked,
 * or expiring during the contract). Only the seed and the three sizes decide the instance.
 */
public final class InstanceGenerator {

    /** A département: its bounding box and its main towns (latitude, longitude, weight ~ population). */
    record Departement(String code, double minLat, double maxLat, double minLon, double maxLon, double[][] towns) {
        boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    /** A catalogue product: price per unit (euros HT), quantity per meal served, servings per week, season (null: all year). */
    record Product(String cpv, String genericCpv, String label, String family, String category, String categoryLabel,
            String unit, double price, double perMeal, double perWeek, int[] season) {}

    static final List<Departement> DEPARTEMENTS = List.of(
            new Departement("62", 50.02, 51.00, 1.56, 3.18, new double[][] {
                {50.291, 2.777, 4}, {50.432, 2.831, 5}, {50.951, 1.858, 4}, {50.726, 1.614, 4}, {50.530, 2.640, 3},
                {50.750, 2.252, 2}, {50.437, 2.917, 2}, {50.467, 1.965, 1}}),
            new Departement("59", 50.02, 51.09, 2.07, 4.23, new double[][] {
                {50.629, 3.057, 10}, {51.034, 2.377, 5}, {50.358, 3.523, 4}, {50.370, 3.080, 3}, {50.176, 3.235, 2},
                {50.278, 3.973, 2}, {50.691, 3.174, 4}, {50.724, 3.161, 3}}),
            new Departement("80", 49.57, 50.37, 1.38, 3.20, new double[][] {
                {49.894, 2.302, 6}, {50.106, 1.834, 2}, {49.932, 2.935, 1}, {49.728, 2.785, 1}}),
            new Departement("60", 49.06, 49.76, 1.69, 3.16, new double[][] {
                {49.430, 2.081, 3}, {49.418, 2.826, 3}, {49.258, 2.476, 3}, {49.206, 2.587, 2}, {49.587, 2.998, 1}}),
            new Departement("02", 48.84, 50.07, 2.96, 4.26, new double[][] {
                {49.848, 3.287, 3}, {49.564, 3.620, 2}, {49.381, 3.323, 2}, {49.046, 3.403, 1}, {49.913, 4.083, 1}}));

    private static final int[] SCHOOL_YEAR = {1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12};
    private static final String F = "FRUITS_LEGUMES_FRAIS", L = "PRODUITS_LAITIERS", V = "VIANDES", P = "VOLAILLES",
            C = "CHARCUTERIE", M = "POISSONS_FRAIS", B = "BOULANGERIE", E = "EPICERIE", S = "SURGELES", D = "BOISSONS";

    private static final Map<String, String> CATEGORY_LABELS = Map.of(F, "Fruits et légumes frais", L, "Produits laitiers et œufs",
            V, "Viandes de boucherie", P, "Volailles", C, "Charcuterie", M, "Poissons frais", B, "Pain et viennoiserie",
            E, "Épicerie", S, "Surgelés", D, "Boissons");
    static final List<Product> CATALOGUE = List.of(
            product("03222321-9", "03222000-3", "Pommes", "FRUITS_ET_LEGUMES", F, "KG", 2.20, 0.12, 1.0, 9, 5),
            product("03222322-6", "03222000-3", "Poires", "FRUITS_ET_LEGUMES", F, "KG", 2.60, 0.12, 0.5, 9, 3),
            product("03222313-0", "03222000-3", "Fraises", "FRUITS_ET_LEGUMES", F, "KG", 6.50, 0.10, 0.5, 5, 6),
            product("03221112-4", "03221000-6", "Carottes", "FRUITS_ET_LEGUMES", F, "KG", 1.10, 0.08, 1.0, 0, 0),
            product("03212100-1", "03212000-0", "Pommes de terre", "FRUITS_ET_LEGUMES", F, "KG", 0.90, 0.15, 1.5, 0, 0),
            product("03221240-0", "03221000-6", "Tomates", "FRUITS_ET_LEGUMES", F, "KG", 2.80, 0.08, 0.7, 6, 10),
            product("03221250-3", "03221000-6", "Courgettes", "FRUITS_ET_LEGUMES", F, "KG", 2.10, 0.10, 0.5, 6, 10),
            product("03221230-7", "03221000-6", "Poireaux", "FRUITS_ET_LEGUMES", F, "KG", 2.30, 0.08, 0.4, 10, 3),
            product("03221113-1", "03221000-6", "Oignons", "FRUITS_ET_LEGUMES", F, "KG", 1.20, 0.02, 2.0, 0, 0),
            product("03221310-2", "03221000-6", "Salades", "FRUITS_ET_LEGUMES", F, "PIECE", 0.90, 0.05, 1.0, 4, 10),
            product("15511000-3", "15500000-3", "Lait", "PRODUITS_LAITIERS", L, "L", 1.00, 0.10, 1.0, 0, 0),
            product("15551300-8", "15500000-3", "Yaourts", "PRODUITS_LAITIERS", L, "PIECE", 0.25, 1.00, 1.5, 0, 0),
            product("15540000-5", "15500000-3", "Fromages", "PRODUITS_LAITIERS", L, "KG", 12.00, 0.03, 2.0, 0, 0),
            product("15530000-2", "15500000-3", "Beurre", "PRODUITS_LAITIERS", L, "KG", 9.00, 0.01, 3.0, 0, 0),
            product("03142500-3", "03142000-8", "Œufs", "PRODUITS_LAITIERS", L, "PIECE", 0.28, 1.00, 0.5, 0, 0),
            product("15111100-0", "15110000-2", "Bœuf", "VIANDES_VOLAILLES", V, "KG", 14.00, 0.08, 0.8, 0, 0),
            product("15113000-3", "15110000-2", "Porc", "VIANDES_VOLAILLES", V, "KG", 8.00, 0.08, 0.5, 0, 0),
            product("15115100-8", "15110000-2", "Agneau", "VIANDES_VOLAILLES", V, "KG", 16.00, 0.08, 0.1, 0, 0),
            product("15111200-1", "15110000-2", "Veau", "VIANDES_VOLAILLES", V, "KG", 17.00, 0.08, 0.2, 0, 0),
            product("15112000-6", "15112000-6", "Poulet", "VIANDES_VOLAILLES", P, "KG", 7.50, 0.09, 1.0, 0, 0),
            product("15112100-7", "15112000-6", "Dinde", "VIANDES_VOLAILLES", P, "KG", 9.00, 0.09, 0.4, 0, 0),
            product("15131410-2", "15131000-5", "Jambon", "CHARCUTERIE", C, "KG", 11.00, 0.04, 0.5, 0, 0),
            product("15131130-5", "15131000-5", "Saucisses", "CHARCUTERIE", C, "KG", 9.00, 0.08, 0.3, 0, 0),
            product("15211100-1", "15200000-0", "Filets de poisson frais", "PRODUITS_DE_LA_MER", M, "KG", 15.00, 0.09, 0.6, 0, 0),
            product("03311000-2", "03310000-5", "Poissons entiers", "PRODUITS_DE_LA_MER", M, "KG", 11.00, 0.12, 0.2, 0, 0),
            product("15811100-7", "15810000-9", "Pain", "BOULANGERIE", B, "KG", 3.20, 0.05, 4.0, 0, 0),
            product("15812100-4", "15810000-9", "Viennoiseries", "BOULANGERIE", B, "KG", 8.00, 0.04, 0.5, 0, 0),
            product("15850000-1", "15800000-6", "Pâtes", "AUTRES", E, "KG", 1.60, 0.07, 1.0, 0, 0),
            product("15614000-5", "15600000-4", "Riz", "AUTRES", E, "KG", 1.80, 0.07, 0.7, 0, 0),
            product("15612100-2", "15600000-4", "Farine", "AUTRES", E, "KG", 0.90, 0.01, 1.0, 0, 0),
            product("15831600-8", "15800000-6", "Miel", "AUTRES", E, "KG", 10.00, 0.01, 0.3, 0, 0),
            product("15411000-2", "15400000-2", "Huiles", "AUTRES", E, "L", 2.50, 0.01, 3.0, 0, 0),
            product("15331170-9", "15896000-5", "Légumes surgelés", "FRUITS_ET_LEGUMES", S, "KG", 2.00, 0.10, 1.0, 0, 0),
            product("15221000-3", "15896000-5", "Poisson surgelé", "PRODUITS_DE_LA_MER", S, "KG", 9.00, 0.09, 0.6, 0, 0),
            product("15321600-0", "15320000-7", "Jus de pomme", "BOISSONS", D, "L", 1.50, 0.20, 0.5, 0, 0));

    private static final String[] VARIANTS = {"", "calibre moyen", "petit calibre", "en vrac", "conditionné",
        "portions individuelles", "premier choix", "vrac gros volume"};

    /** The categories each kind of supplier works in, with weights. */
    private static final Map<String, Object[][]> RANGES = Map.of(
            "PRODUCER", new Object[][] {{F, 50}, {L, 20}, {V, 12}, {P, 12}, {E, 6}},
            "COOPERATIVE", new Object[][] {{F, 50}, {L, 30}, {V, 20}},
            "ARTISAN", new Object[][] {{B, 60}, {C, 30}, {E, 10}},
            "PROCESSOR", new Object[][] {{S, 25}, {C, 20}, {L, 20}, {D, 15}, {M, 20}});

    private final long seed;
    private final int siteCount;
    private final int lineCount;
    private final int supplierCount;

    public InstanceGenerator(long seed, int siteCount, int lineCount, int supplierCount) {
        if (siteCount < 1 || lineCount < 1 || supplierCount < 1) {
            throw new IllegalArgumentException("sites, lines and suppliers must be at least 1");
        }
        this.seed = seed;
        this.siteCount = siteCount;
        this.lineCount = lineCount;
        this.supplierCount = supplierCount;
    }

    /** Lines and suppliers scaled with the number of sites, from 12 sites (20 lines, 40 suppliers) to 2 000 (500, 2 000). */
    public static InstanceGenerator scaled(long seed, int siteCount) {
        int lines = (int) Math.round(Math.min(500, Math.max(20, 20 * Math.pow(siteCount / 12.0, 0.63))));
        int suppliers = (int) Math.round(Math.min(2000, Math.max(40, 3.2 * Math.pow(siteCount, 0.85))));
        return new InstanceGenerator(seed, siteCount, lines, suppliers);
    }

    public int siteCount() {
        return siteCount;
    }

    public int lineCount() {
        return lineCount;
    }

    public int supplierCount() {
        return supplierCount;
    }

    /** The départements the group spans: one up to 250 canteens, then one more per 250, up to the five of the region. */
    public List<Departement> departements() {
        return DEPARTEMENTS.subList(0, Math.min(DEPARTEMENTS.size(), (siteCount + 249) / 250));
    }

    public PlanningInput generate() {
        Random r = new Random(seed);
        LocalDate start = LocalDate.of(2027, 1, 1);
        List<DeliverySite> sites = sites(r);
        double[] meals = new double[sites.size()];
        for (int i = 0; i < meals.length; i++) {
            meals[i] = Math.min(1500, Math.max(40, Math.exp(Math.log(220) + 0.7 * r.nextGaussian())));
        }
        List<DemandLine> lines = lines(r, sites, meals);
        List<SupplierProfile> suppliers = suppliers(r, sites, lines, start);
        Campaign campaign = new Campaign(uuid(r), 1, uuid(r), "Groupement " + siteCount + " sites (seed " + seed + ")", sites, lines);
        PlanParameters params = PlanParameters.defaults(LocalDate.of(2026, 10, 1), start, 48);
        return new PlanningInput(campaign, suppliers, params);
    }

    private List<DeliverySite> sites(Random r) {
        List<Departement> deps = departements();
        String[] kinds = {"École", "École", "École", "Collège", "Lycée", "EHPAD"};
        List<DeliverySite> out = new ArrayList<>(siteCount);
        for (int i = 0; i < siteCount; i++) {
            Departement d = deps.get(i % deps.size());
            double lat, lon;
            if (r.nextDouble() < 0.3) {
                lat = d.minLat() + r.nextDouble() * (d.maxLat() - d.minLat());
                lon = d.minLon() + r.nextDouble() * (d.maxLon() - d.minLon());
            } else {
                double[] town = weighted(r, d.towns());
                lat = town[0] + 0.06 * r.nextGaussian();
                lon = town[1] + 0.09 * r.nextGaussian();
            }
            lat = clamp(lat, d.minLat(), d.maxLat());
            lon = clamp(lon, d.minLon(), d.maxLon());
            out.add(new DeliverySite(uuid(r), kinds[r.nextInt(kinds.length)] + " " + (i + 1), lat, lon));
        }
        return out;
    }

    private List<DemandLine> lines(Random r, List<DeliverySite> sites, double[] meals) {
        int variants = (lineCount + CATALOGUE.size() - 1) / CATALOGUE.size();
        List<DemandLine> out = new ArrayList<>(lineCount);
        for (int l = 0; l < lineCount; l++) {
            Product p = CATALOGUE.get(l % CATALOGUE.size());
            int variant = l / CATALOGUE.size();
            String label = null;
            double draw = r.nextDouble();
            if (draw < 0.25) {
                label = "BIO";
            } else if (draw < 0.35 && (V.equals(p.category()) || P.equals(p.category()))) {
                label = "LABEL_ROUGE";
            }
            Set<Integer> months = months(p.season());
            double popularity = 0.2 + 0.7 * r.nextDouble();
            double price = p.price() * (0.85 + 0.3 * r.nextDouble()) * ("BIO".equals(label) ? 1.3 : 1.0);
            Map<UUID, BigDecimal> quantities = new LinkedHashMap<>();
            for (int s = 0; s < sites.size(); s++) {
                if (r.nextDouble() < popularity) {
                    double servings = 36 * p.perWeek() * months.size() / SCHOOL_YEAR.length / variants;
                    double q = meals[s] * p.perMeal() * servings * (0.6 + 0.8 * r.nextDouble());
                    quantities.put(sites.get(s).canteenId(), quantity(q, p.unit()));
                }
            }
            if (quantities.isEmpty()) {
                int s = r.nextInt(sites.size());
                quantities.put(sites.get(s).canteenId(), quantity(meals[s] * p.perMeal() * 36, p.unit()));
            }
            String name = p.label() + (VARIANTS[variant % VARIANTS.length].isEmpty() ? "" : " " + VARIANTS[variant % VARIANTS.length])
                    + (label == null ? "" : " " + label.toLowerCase().replace('_', ' '));
            out.add(new DemandLine(uuid(r), l + 1, name, p.cpv(), p.family(), p.category(), p.categoryLabel(), p.unit(),
                    months, 1 + r.nextInt(3), BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP), label, quantities));
        }
        return out;
    }

    private List<SupplierProfile> suppliers(Random r, List<DeliverySite> sites, List<DemandLine> lines, LocalDate start) {
        List<Departement> deps = departements();
        Map<String, double[]> demandByCpv = new LinkedHashMap<>();
        for (DemandLine line : lines) {
            double[] d = demandByCpv.computeIfAbsent(line.cpvCode(), k -> new double[2]);
            d[0] += line.quantityPerSite().values().stream().mapToDouble(BigDecimal::doubleValue).sum();
            d[1]++;
        }
        List<SupplierProfile> out = new ArrayList<>(supplierCount);
        for (int i = 0; i < supplierCount; i++) {
            String kind = kind(r);
            Departement d = deps.get(r.nextInt(deps.size()));
            double[] town = weighted(r, d.towns());
            boolean wholesaler = "WHOLESALER".equals(kind);
            double spread = wholesaler ? 0.05 : 0.25;
            double lat = town[0] + spread * r.nextGaussian(), lon = town[1] + 1.4 * spread * r.nextGaussian();
            int radius = switch (kind) {
                case "PRODUCER" -> 20 + r.nextInt(61);
                case "COOPERATIVE" -> 40 + r.nextInt(111);
                case "ARTISAN" -> 10 + r.nextInt(31);
                case "PROCESSOR" -> 40 + r.nextInt(161);
                default -> 150 + r.nextInt(251);
            };
            int intermediaries = switch (kind) {
                case "COOPERATIVE" -> r.nextInt(2);
                case "PROCESSOR" -> 1;
                case "WHOLESALER" -> r.nextDouble() < 0.3 ? 1 : 2;
                default -> 0;
            };
            String size = switch (kind) {
                case "PRODUCER", "ARTISAN" -> r.nextDouble() < 0.6 ? "MICRO" : "SMALL";
                case "COOPERATIVE" -> r.nextBoolean() ? "SMALL" : "MEDIUM";
                case "PROCESSOR" -> new String[] {"SMALL", "MEDIUM", "LARGE"}[r.nextInt(3)];
                default -> r.nextDouble() < 0.4 ? "MEDIUM" : "LARGE";
            };
            double reach = reachShare(sites, lat, lon, radius);
            List<Product> range = range(r, kind);
            List<SupplierOffer> offers = new ArrayList<>();
            for (Product p : range) {
                double[] demand = demandByCpv.getOrDefault(p.cpv(), new double[] {0, 1});
                double perLine = demand[0] / Math.max(1, demand[1]) * Math.max(0.02, reach);
                double factor = switch (kind) {
                    case "PRODUCER" -> 0.05 + 0.55 * r.nextDouble();
                    case "ARTISAN" -> 0.1 + 0.7 * r.nextDouble();
                    case "COOPERATIVE" -> 0.3 + 1.2 * r.nextDouble();
                    case "PROCESSOR" -> 0.5 + 1.5 * r.nextDouble();
                    default -> 2 + 3 * r.nextDouble();
                };
                BigDecimal annual = BigDecimal.valueOf(Math.max(1, Math.round(perLine * factor)));
                BigDecimal monthly = !wholesaler && r.nextDouble() < 0.3
                        ? annual.divide(BigDecimal.valueOf(6 + r.nextInt(7)), 0, RoundingMode.DOWN).max(BigDecimal.ONE) : null;
                boolean generic = wholesaler || ("COOPERATIVE".equals(kind) && r.nextBoolean());
                offers.add(new SupplierOffer(uuid(r), p.label(), generic ? p.genericCpv() : p.cpv(), p.family(), p.unit(), annual,
                        offerMonths(r, p, wholesaler), monthly, BigDecimal.valueOf(p.price() * (0.8 + 0.5 * r.nextDouble()))
                                .setScale(2, RoundingMode.HALF_UP)));
            }
            out.add(new SupplierProfile(uuid(r), kind.charAt(0) + kind.substring(1).toLowerCase() + " " + (i + 1), kind, size,
                    lat, lon, radius, intermediaries, offers, certificates(r, kind, range, start)));
        }
        return out;
    }

    private static String kind(Random r) {
        double x = r.nextDouble();
        return x < 0.45 ? "PRODUCER" : x < 0.53 ? "COOPERATIVE" : x < 0.70 ? "ARTISAN" : x < 0.82 ? "PROCESSOR" : "WHOLESALER";
    }

    /** The products a supplier offers: one category (weighted by kind) and a few of its products; a wholesaler a wide range. */
    private static List<Product> range(Random r, String kind) {
        List<Product> out = new ArrayList<>();
        if ("WHOLESALER".equals(kind)) {
            for (Product p : CATALOGUE) {
                if (r.nextDouble() < 0.6) {
                    out.add(p);
                }
            }
            return out;
        }
        Object[][] weights = RANGES.get(kind);
        double total = 0;
        for (Object[] w : weights) {
            total += (Integer) w[1];
        }
        double x = r.nextDouble() * total;
        String category = (String) weights[weights.length - 1][0];
        for (Object[] w : weights) {
            x -= (Integer) w[1];
            if (x < 0) {
                category = (String) w[0];
                break;
            }
        }
        List<Product> inCategory = new ArrayList<>();
        for (Product p : CATALOGUE) {
            if (p.category().equals(category)) {
                inCategory.add(p);
            }
        }
        int count = Math.min(inCategory.size(), "COOPERATIVE".equals(kind) ? 3 + r.nextInt(6) : 1 + r.nextInt(4));
        while (out.size() < count) {
            Product p = inCategory.get(r.nextInt(inCategory.size()));
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** A wholesaler delivers all year; a local supplier its product's season, sometimes shorter, or 9 months of storage produce. */
    private static Set<Integer> offerMonths(Random r, Product p, boolean wholesaler) {
        Set<Integer> all = new TreeSet<>();
        for (int m = 1; m <= 12; m++) {
            all.add(m);
        }
        if (wholesaler) {
            return all;
        }
        if (p.season() == null) {
            if (F.equals(p.category()) && r.nextDouble() < 0.4) {
                return range(r.nextBoolean() ? 8 : 9, 4 + r.nextInt(2));
            }
            return all;
        }
        int from = p.season()[0], to = p.season()[1];
        if (r.nextDouble() < 0.3 && from != to) {
            to = to == 1 ? 12 : to - 1;
        }
        return range(from, to);
    }

    private static List<Certificate> certificates(Random r, String kind, List<Product> range, LocalDate start) {
        List<Certificate> out = new ArrayList<>();
        Set<String> families = new TreeSet<>();
        range.forEach(p -> families.add(p.family()));
        boolean meat = range.stream().anyMatch(p -> V.equals(p.category()) || P.equals(p.category()));
        double bio = switch (kind) {
            case "WHOLESALER" -> 0.6;
            case "PRODUCER", "COOPERATIVE" -> 0.3;
            default -> 0.15;
        };
        if (r.nextDouble() < bio) {
            out.add(certificate(r, "BIO", families, start));
        }
        if (meat && r.nextDouble() < 0.3) {
            out.add(certificate(r, "LABEL_ROUGE", families, start));
        }
        if ("PRODUCER".equals(kind) && r.nextDouble() < 0.15) {
            out.add(certificate(r, "HVE", families, start));
        }
        return out;
    }

    /** Valid at contract start mostly; 1 in 12 expired before it, some expiring during the contract, 3 % revoked. */
    private static Certificate certificate(Random r, String label, Set<String> families, LocalDate start) {
        LocalDate from = start.minusMonths(1 + r.nextInt(36));
        LocalDate until = r.nextDouble() < 1.0 / 12 ? start.minusMonths(1 + r.nextInt(6)) : start.plusMonths(2 + r.nextInt(36));
        LocalDate revoked = r.nextDouble() < 0.03 ? start.minusMonths(r.nextInt(3)) : null;
        return new Certificate(uuid(r), label, label, from, until, revoked, Set.copyOf(families), Set.of());
    }

    /** The months of a product's season [from, to] (wrapping over the new year) within the school year. */
    private static Set<Integer> months(int[] season) {
        if (season == null) {
            Set<Integer> out = new TreeSet<>();
            for (int m : SCHOOL_YEAR) {
                out.add(m);
            }
            return out;
        }
        Set<Integer> out = range(season[0], season[1]);
        out.remove(8);
        return out;
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> out = new TreeSet<>();
        for (int m = from; ; m = m % 12 + 1) {
            out.add(m);
            if (m == to) {
                return out;
            }
        }
    }

    /** The share of the canteens a supplier can deliver (its capacity is sized on the demand it can reach). */
    private static double reachShare(List<DeliverySite> sites, double lat, double lon, int radius) {
        int stride = Math.max(1, sites.size() / 200);
        int in = 0, seen = 0;
        for (int i = 0; i < sites.size(); i += stride) {
            seen++;
            if (Geo.km(lat, lon, sites.get(i).latitude(), sites.get(i).longitude()) <= radius) {
                in++;
            }
        }
        return (double) in / seen;
    }

    private static BigDecimal quantity(double q, String unit) {
        return "PIECE".equals(unit) ? BigDecimal.valueOf(Math.max(1, Math.round(q)))
                : BigDecimal.valueOf(Math.max(0.001, q)).setScale(3, RoundingMode.HALF_UP);
    }

    private static double[] weighted(Random r, double[][] towns) {
        double total = 0;
        for (double[] t : towns) {
            total += t[2];
        }
        double x = r.nextDouble() * total;
        for (double[] t : towns) {
            x -= t[2];
            if (x < 0) {
                return t;
            }
        }
        return towns[towns.length - 1];
    }

    private static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }

    private static Product product(String cpv, String generic, String label, String family, String category, String unit,
            double price, double perMeal, double perWeek, int seasonFrom, int seasonTo) {
        return new Product(cpv, generic, label, family, category, CATEGORY_LABELS.get(category), unit, price, perMeal, perWeek,
                seasonFrom == 0 ? null : new int[] {seasonFrom, seasonTo});
    }

    private static UUID uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }
}
