package fr.mutualim.egalimtracker.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A canteen's yearly declaration in ma-cantine's "bilan simple" import format. The columns and their
 * order are those of the Table Schema {@code data/schemas/imports/bilans_simple_siret.json} of the public
 * repository betagouv/ma-cantine (read at commit 2207920a). Amounts are € HT with a decimal point.
 */
public final class Declaration {

    public static final List<String> COLUMNS = List.of("siret", "année_bilan", "valeur_totale", "valeur_bio",
            "valeur_bio_dont_commerce_equitable", "valeur_siqo", "valeur_externalites_performance",
            "valeur_egalim_autres", "valeur_egalim_autres_dont_commerce_equitable", "valeur_viandes_volailles",
            "valeur_viandes_volailles_egalim", "valeur_viandes_volailles_france", "valeur_produits_de_la_mer",
            "valeur_produits_de_la_mer_egalim", "valeur_produits_de_la_mer_france", "valeur_fruits_et_legumes_france",
            "valeur_charcuterie_france", "valeur_produits_laitiers_france", "valeur_boulangerie_france",
            "valeur_boissons_france", "valeur_autres_france");

    private Declaration() {
    }

    /** One row, in {@link #COLUMNS} order. */
    public static List<String> row(String siret, int year, Shares s) {
        List<String> row = new ArrayList<>();
        row.add(siret == null ? "" : siret);
        row.add(String.valueOf(year));
        add(row, s.total(), s.bio(), s.bioFairTrade(), s.sum(Bucket::siqo), s.sum(Bucket::externalitiesOrPerformance),
                s.sum(Shares::otherEgalim), s.otherEgalimFairTrade());
        Shares.FamilyAmounts meat = s.family(Family.VIANDES_VOLAILLES);
        Shares.FamilyAmounts fish = s.family(Family.PRODUITS_DE_LA_MER);
        add(row, meat.total(), meat.egalim(), meat.originFrance(), fish.total(), fish.egalim(), fish.originFrance());
        for (Family family : List.of(Family.FRUITS_ET_LEGUMES, Family.CHARCUTERIE, Family.PRODUITS_LAITIERS,
                Family.BOULANGERIE, Family.BOISSONS, Family.AUTRES)) {
            add(row, s.family(family).originFrance());
        }
        return row;
    }

    private static void add(List<String> row, BigDecimal... amounts) {
        for (BigDecimal amount : amounts) {
            row.add(amount.toPlainString());
        }
    }
}
