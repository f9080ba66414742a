package fr.mutualim.localstack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A synthetic, deterministic demo data set around a purchasing group in the Pas-de-Calais: ten
 * canteens, forty suppliers, and a year of purchases up to yesterday. Everything is invented;
 * commune codes and coordinates are real so that distances make sense.
 */
final class DemoData {

    record Commune(String name, String postalCode, String insee, double latitude, double longitude) {
    }

    static final List<Commune> COMMUNES = List.of(
            new Commune("Arras", "62000", "62041", 50.2910, 2.7775),
            new Commune("Lens", "62300", "62498", 50.4322, 2.8333),
            new Commune("Béthune", "62400", "62119", 50.5303, 2.6408),
            new Commune("Saint-Omer", "62500", "62765", 50.7500, 2.2522),
            new Commune("Boulogne-sur-Mer", "62200", "62160", 50.7264, 1.6147),
            new Commune("Calais", "62100", "62193", 50.9513, 1.8587),
            new Commune("Montreuil", "62170", "62588", 50.4639, 1.7636),
            new Commune("Hesdin", "62140", "62447", 50.3736, 2.0381),
            new Commune("Bapaume", "62450", "62080", 50.1036, 2.8497),
            new Commune("Saint-Pol-sur-Ternoise", "62130", "62767", 50.3811, 2.3339),
            new Commune("Aire-sur-la-Lys", "62120", "62014", 50.6389, 2.3956),
            new Commune("Berck", "62600", "62108", 50.4086, 1.5928),
            new Commune("Hazebrouck", "59190", "59295", 50.7236, 2.5389),
            new Commune("Cambrai", "59400", "59122", 50.1767, 3.2356),
            new Commune("Amiens", "80000", "80021", 49.8941, 2.2958));

    private static final String[][] CANTEENS = {
        {"École Jules Ferry", "ECOLE", "Arras", "180"},
        {"Collège Jean Jaurès", "COLLEGE", "Lens", "420"},
        {"Lycée Robespierre", "LYCEE", "Arras", "850"},
        {"École Louis Pasteur", "ECOLE", "Béthune", "210"},
        {"Cuisine centrale de Saint-Omer", "CUISINE_CENTRALE", "Saint-Omer", "2400"},
        {"EHPAD Les Tilleuls", "EHPAD", "Montreuil", "95"},
        {"Collège Paul Langevin", "COLLEGE", "Calais", "510"},
        {"École Victor Hugo", "ECOLE", "Boulogne-sur-Mer", "160"},
        {"Restaurant administratif du Département", "RESTAURANT_ADMINISTRATIF", "Arras", "600"},
        {"Lycée Alexandre Ribot", "LYCEE", "Saint-Omer", "730"},
    };

    private static final String[][] SUPPLIER_NAMES = {
        {"GAEC du Moulin", "PRODUCER"}, {"EARL des Tilleuls", "PRODUCER"}, {"Ferme de la Motte", "PRODUCER"},
        {"SCEA Les Vergers de l'Artois", "PRODUCER"}, {"Coopérative laitière des Flandres", "COOPERATIVE"},
        {"Boulangerie Dufour", "ARTISAN"}, {"Maraîchers de l'Audomarois", "COOPERATIVE"},
        {"Fromagerie du Boulonnais", "PROCESSOR"}, {"Pêcheurs de la Côte d'Opale", "COOPERATIVE"},
        {"Volailles fermières du Ternois", "PRODUCER"}, {"Grossiste Régional Alimentaire", "WHOLESALER"},
        {"Les Jardins de Cocagne", "PRODUCER"}, {"Boucherie Lefebvre", "ARTISAN"}, {"Légumerie des Hauts", "PROCESSOR"},
        {"Ferme du Bocage", "PRODUCER"}, {"EARL Vasseur", "PRODUCER"}, {"GAEC de la Lys", "PRODUCER"},
        {"Miellerie des Sept Vallées", "ARTISAN"}, {"Cidrerie du Montreuillois", "PROCESSOR"},
        {"SCEA Deroo", "PRODUCER"},
    };

    private static final Map<String, String[]> PRODUCTS = Map.of(
            "FRUITS_ET_LEGUMES", new String[] {"Pommes", "Carottes", "Pommes de terre", "Endives", "Poireaux"},
            "VIANDES_VOLAILLES", new String[] {"Poulet fermier", "Bœuf haché", "Sauté de porc"},
            "PRODUITS_DE_LA_MER", new String[] {"Filet de lieu", "Moules", "Hareng"},
            "PRODUITS_LAITIERS", new String[] {"Yaourt nature", "Maroilles", "Beurre doux", "Œufs"},
            "BOULANGERIE", new String[] {"Pain de campagne", "Baguettes"},
            "CHARCUTERIE", new String[] {"Jambon blanc"},
            "BOISSONS", new String[] {"Jus de pomme"},
            "AUTRES", new String[] {"Pâtes", "Riz", "Lentilles"});

    /** A product as a supplier offers it: label, CPV code, unit, indicative price € HT, seasonal. */
    record Product(String label, String cpv, String unit, String price, boolean seasonal) {
    }

    private static final Map<String, List<Product>> CATALOGUE = Map.of(
            "FRUITS_ET_LEGUMES", List.of(new Product("Pommes", "03222321-9", "KG", "1.40", true),
                    new Product("Pommes de terre", "03212100-1", "KG", "0.55", false),
                    new Product("Légumes de saison", "03221000-6", "KG", "1.20", true)),
            "PRODUITS_LAITIERS", List.of(new Product("Yaourt nature", "15551300-8", "PIECE", "0.25", false),
                    new Product("Lait", "15511000-3", "L", "0.95", false),
                    new Product("Fromage", "15540000-5", "KG", "12.00", false),
                    new Product("Œufs", "03142500-3", "PIECE", "0.22", false)),
            "VIANDES_VOLAILLES", List.of(new Product("Poulet", "15112000-6", "KG", "7.90", false),
                    new Product("Bœuf haché", "15111100-0", "KG", "11.50", false),
                    new Product("Sauté de porc", "15113000-3", "KG", "7.20", false)),
            "PRODUITS_DE_LA_MER", List.of(new Product("Filet de poisson frais", "15211100-1", "KG", "13.00", true),
                    new Product("Poisson entier", "03311000-2", "KG", "9.50", true)),
            "BOULANGERIE", List.of(new Product("Pain de campagne", "15811100-7", "KG", "3.20", false),
                    new Product("Viennoiseries", "15810000-9", "PIECE", "0.45", false)),
            "BOISSONS", List.of(new Product("Jus de pomme", "15321600-0", "L", "1.90", false)),
            "CHARCUTERIE", List.of(new Product("Jambon blanc", "15131410-2", "KG", "11.00", false)),
            "AUTRES", List.of(new Product("Miel", "15831600-8", "KG", "12.00", false),
                    new Product("Pâtes", "15850000-1", "KG", "2.10", false)));

    private static final String[] FAMILIES = {"FRUITS_ET_LEGUMES", "FRUITS_ET_LEGUMES", "FRUITS_ET_LEGUMES",
        "VIANDES_VOLAILLES", "VIANDES_VOLAILLES", "PRODUITS_DE_LA_MER", "PRODUITS_LAITIERS", "PRODUITS_LAITIERS",
        "BOULANGERIE", "CHARCUTERIE", "BOISSONS", "AUTRES", "AUTRES"};

    private final Random random = new Random(2026);
    private final List<Map<String, Object>> suppliers = new ArrayList<>();
    private final List<String> specialties = new ArrayList<>();
    private final List<Map<String, Object>> canteens = new ArrayList<>();

    DemoData() {
        for (int i = 0; i < 40; i++) {
            suppliers.add(supplier(i));
        }
        for (String[] canteen : CANTEENS) {
            canteens.add(canteen(canteen));
        }
    }

    List<Map<String, Object>> suppliers() {
        return suppliers;
    }

    List<Map<String, Object>> canteens() {
        return canteens;
    }

    /** Two purchase lines a week for each canteen, over the 52 weeks that end yesterday. */
    List<Map<String, Object>> purchasesOf(int canteenIndex, LocalDate yesterday) {
        Random lines = new Random(1000L + canteenIndex);
        int meals = (Integer) canteens.get(canteenIndex).get("mealsPerDay");
        List<Map<String, Object>> purchases = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            for (int n = 0; n < 2; n++) {
                LocalDate date = yesterday.minusDays(week * 7L + lines.nextInt(7));
                purchases.add(purchase(lines, date, meals));
            }
        }
        return purchases;
    }

    private Map<String, Object> supplier(int index) {
        String[] name = SUPPLIER_NAMES[index % SUPPLIER_NAMES.length];
        Commune commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
        boolean wholesaler = "WHOLESALER".equals(name[1]);
        specialties.add(specialty(name[0]));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siret", siret(random));
        body.put("legalName", index < SUPPLIER_NAMES.length ? name[0] : name[0] + " " + commune.name());
        body.put("kind", name[1]);
        body.put("sizeClass", wholesaler ? "LARGE" : "COOPERATIVE".equals(name[1]) ? "SMALL" : "MICRO");
        body.put("sme", !wholesaler);
        body.put("address", address(commune));
        body.put("deliveryRadiusKm", wholesaler ? 250 : 30 + random.nextInt(90));
        body.put("minimumOrderExclTax", BigDecimal.valueOf(wholesaler ? 500 : 50 + 10 * random.nextInt(20)));
        body.put("intermediaries", wholesaler ? 2 : "PROCESSOR".equals(name[1]) ? 1 : 0);
        body.put("contact", Map.of("name", "Contact " + (index + 1), "email", "contact" + (index + 1) + "@demo.mutualim.local"));
        return body;
    }

    /** The family a supplier's name suggests; wholesalers ("*") sell every family. */
    private String specialty(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("grossiste")) {
            return "*";
        }
        if (n.contains("lait") || n.contains("fromage")) {
            return "PRODUITS_LAITIERS";
        }
        if (n.contains("boulangerie")) {
            return "BOULANGERIE";
        }
        if (n.contains("pêcheurs")) {
            return "PRODUITS_DE_LA_MER";
        }
        if (n.contains("volailles") || n.contains("boucherie")) {
            return "VIANDES_VOLAILLES";
        }
        if (n.contains("miellerie")) {
            return "AUTRES";
        }
        if (n.contains("cidrerie")) {
            return "BOISSONS";
        }
        if (n.contains("vergers") || n.contains("maraîchers") || n.contains("légumerie") || n.contains("jardins")) {
            return "FRUITS_ET_LEGUMES";
        }
        String[] farm = {"FRUITS_ET_LEGUMES", "FRUITS_ET_LEGUMES", "PRODUITS_LAITIERS", "VIANDES_VOLAILLES"};
        return farm[random.nextInt(farm.length)];
    }

    /** The certificates of supplier {@code index}; some end within two months, for renewal reminders. */
    List<Map<String, Object>> certificationsOf(int index, LocalDate today) {
        Random draw = new Random(3000L + index);
        String family = specialties.get(index);
        List<Map<String, Object>> certificates = new ArrayList<>();
        if ("*".equals(family)) {
            return certificates;
        }
        double roll = draw.nextDouble();
        if (roll < 0.45) {
            certificates.add(certificate(draw, roll < 0.05 ? "BIO_CONVERSION" : "BIO", family, today));
        }
        if (draw.nextDouble() < 0.25) {
            certificates.add(certificate(draw, "HVE", family, today));
        }
        if ("VIANDES_VOLAILLES".equals(family) && draw.nextDouble() < 0.5) {
            certificates.add(certificate(draw, "LABEL_ROUGE", family, today));
        }
        if ("PRODUITS_DE_LA_MER".equals(family)) {
            certificates.add(certificate(draw, "PECHE_DURABLE", family, today));
            certificates.add(certificate(draw, "MSC", family, today));
        }
        return certificates;
    }

    private static Map<String, Object> certificate(Random draw, String type, String family, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("certifier", "BIO".equals(type) || "BIO_CONVERSION".equals(type) ? "Ecocert France" : "Certipaq");
        body.put("certificateNumber", "62/" + (100000 + draw.nextInt(900000)));
        body.put("validFrom", today.minusDays(200 + draw.nextInt(300)).toString());
        body.put("validUntil", today.plusDays(draw.nextDouble() < 0.15 ? 10 + draw.nextInt(50) : 90 + draw.nextInt(600)).toString());
        body.put("scope", Map.of("families", List.of(family), "cpvPrefixes", List.of()));
        return body;
    }

    /** The offers of supplier {@code index}: two or three of its specialty, a dozen for a wholesaler. */
    List<Map<String, Object>> offersOf(int index) {
        Random draw = new Random(4000L + index);
        String family = specialties.get(index);
        List<Map<String, Object>> offers = new ArrayList<>();
        if ("*".equals(family)) {
            CATALOGUE.forEach((f, products) -> products.forEach(p -> offers.add(offer(draw, f, p, 20))));
            return offers;
        }
        List<Product> products = new ArrayList<>(CATALOGUE.get(family));
        Collections.shuffle(products, draw);
        for (Product product : products.subList(0, Math.min(products.size(), 2 + draw.nextInt(2)))) {
            offers.add(offer(draw, family, product, 1));
        }
        return offers;
    }

    private static Map<String, Object> offer(Random draw, String family, Product product, int scale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productLabel", product.label());
        body.put("cpvCode", product.cpv());
        body.put("family", family);
        body.put("unit", product.unit());
        int base = "PIECE".equals(product.unit()) ? 20000 : 3000;
        body.put("annualCapacity", (base + draw.nextInt(base * 3)) * scale);
        body.put("months", product.seasonal() ? List.of(1, 2, 3, 9, 10, 11, 12) : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        body.put("unitPriceExclTax", new BigDecimal(product.price()));
        body.put("processingLevel", 1);
        body.put("deliveryDays", draw.nextBoolean() ? List.of("TUESDAY", "FRIDAY") : List.of("MONDAY", "THURSDAY"));
        return body;
    }

    /** How much of a product one meal takes, in the product's unit: what a dietitian's menu plan gives. */
    private static final Map<String, Double> PER_MEAL = Map.ofEntries(
            Map.entry("Pommes", 0.03), Map.entry("Pommes de terre", 0.05), Map.entry("Légumes de saison", 0.06),
            Map.entry("Yaourt nature", 0.4), Map.entry("Lait", 0.05), Map.entry("Fromage", 0.01),
            Map.entry("Œufs", 0.3), Map.entry("Poulet", 0.025), Map.entry("Bœuf haché", 0.02),
            Map.entry("Sauté de porc", 0.015), Map.entry("Filet de poisson frais", 0.02),
            Map.entry("Poisson entier", 0.005), Map.entry("Pain de campagne", 0.04), Map.entry("Viennoiseries", 0.1),
            Map.entry("Jus de pomme", 0.03), Map.entry("Jambon blanc", 0.008), Map.entry("Miel", 0.002),
            Map.entry("Pâtes", 0.03));
    private static final int SERVICE_DAYS = 140;
    private static final List<Integer> SCHOOL_MONTHS = List.of(1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12);

    /**
     * The demand lines of the group's next food tender: every product of the catalogue, each canteen
     * needing it in proportion to its meals. Organic yoghurt is required, to show a label requirement.
     */
    List<Map<String, Object>> demandLines(List<String> canteenIds) {
        List<Map<String, Object>> lines = new ArrayList<>();
        new TreeMap<>(CATALOGUE).forEach((family, products) -> products.forEach(product -> {
            List<Map<String, Object>> quantities = new ArrayList<>();
            for (int i = 0; i < canteenIds.size(); i++) {
                int meals = (Integer) canteens.get(i).get("mealsPerDay");
                BigDecimal quantity = BigDecimal.valueOf(meals * SERVICE_DAYS * PER_MEAL.get(product.label()))
                        .setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
                quantities.add(Map.of("canteenId", canteenIds.get(i), "quantityPerYear", quantity));
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("productLabel", product.label());
            line.put("cpvCode", product.cpv());
            line.put("family", family);
            line.put("unit", product.unit());
            line.put("months", product.seasonal() ? List.of(1, 2, 3, 9, 10, 11, 12) : SCHOOL_MONTHS);
            line.put("deliveriesPerWeek", "PIECE".equals(product.unit()) ? 2 : 1);
            line.put("estimatedUnitPriceExclTax", new BigDecimal(product.price()));
            line.put("requiredLabel", "Yaourt nature".equals(product.label()) ? "BIO" : null);
            line.put("quantities", quantities);
            lines.add(line);
        }));
        return lines;
    }

    private Map<String, Object> canteen(String[] canteen) {
        Commune commune = COMMUNES.stream().filter(c -> c.name().equals(canteen[2])).findFirst().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siret", siret(random));
        body.put("name", canteen[0]);
        body.put("type", canteen[1]);
        body.put("postalCode", commune.postalCode());
        body.put("commune", commune.name());
        body.put("inseeCode", commune.insee());
        body.put("departmentCode", commune.insee().substring(0, 2));
        body.put("latitude", coordinate(commune.latitude()));
        body.put("longitude", coordinate(commune.longitude()));
        body.put("mealsPerDay", Integer.parseInt(canteen[3]));
        return body;
    }

    private Map<String, Object> purchase(Random lines, LocalDate date, int meals) {
        String family = FAMILIES[lines.nextInt(FAMILIES.length)];
        String[] products = PRODUCTS.get(family);
        Map<String, Object> supplier = suppliers.get(lines.nextInt(suppliers.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("supplierName", supplier.get("legalName"));
        body.put("supplierSiret", supplier.get("siret"));
        body.put("description", products[lines.nextInt(products.length)]);
        body.put("family", family);
        Set<String> labels = labels(lines, family);
        body.put("labels", labels);
        double amount = (40 + lines.nextInt(400)) * Math.max(0.3, meals / 300.0);
        body.put("amountExclTax", BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
        body.put("local", labels.contains("LOCAL"));
        return body;
    }

    private static Set<String> labels(Random lines, String family) {
        Set<String> labels = new LinkedHashSet<>();
        double draw = lines.nextDouble();
        if (draw < 0.22) {
            labels.add("BIO");
        } else if (draw < 0.28) {
            labels.add("LABEL_ROUGE");
        } else if (draw < 0.33) {
            labels.add(lines.nextBoolean() ? "AOCAOP" : "IGP");
        } else if (draw < 0.41) {
            labels.add("HVE");
        } else if (draw < 0.46 && "PRODUITS_DE_LA_MER".equals(family)) {
            labels.add("PECHE_DURABLE");
        }
        if (lines.nextDouble() < 0.7) {
            labels.add("FRANCE");
        }
        if (lines.nextDouble() < 0.35) {
            labels.add("LOCAL");
        }
        if (lines.nextDouble() < 0.2) {
            labels.add("CIRCUIT_COURT");
        }
        return labels;
    }

    private Map<String, Object> address(Commune commune) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("postalCode", commune.postalCode());
        address.put("commune", commune.name());
        address.put("inseeCode", commune.insee());
        address.put("latitude", coordinate(commune.latitude() + (random.nextDouble() - 0.5) * 0.1));
        address.put("longitude", coordinate(commune.longitude() + (random.nextDouble() - 0.5) * 0.1));
        return address;
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    /** A random SIRET whose SIREN and whole both pass the Luhn check. */
    private static String siret(Random random) {
        return Sirets.of(10_000_000 + random.nextInt(90_000_000), random.nextInt(10_000));
    }
}
