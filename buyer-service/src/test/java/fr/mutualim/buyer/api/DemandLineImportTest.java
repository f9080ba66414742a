package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.PROBLEM_JSON;
import static fr.mutualim.buyer.api.CampaignFixtures.line;
import static fr.mutualim.buyer.api.CampaignFixtures.quantity;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Demand lines imported from CSV into a draft: one row per product and site, strict or lenient. */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class DemandLineImportTest {

    private static final String HEADER = "produit;code_cpv;famille_produits;categorie;unite;siret;quantite_annuelle;"
            + "mois;livraisons_par_semaine;prix_unitaire_ht;label_exige\n";

    @Test
    void rowsOfOneProductMakeOneLineWithAQuantityPerSite() {
        Group g = Group.create();
        String csv = "\uFEFF" + HEADER
                + "Pommes de table;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.firstSiret + ";1200;\"1-3;9-12\";2;1.40;BIO\r\n"
                + "Lait demi-écrémé;15511000-3;PRODUITS_LAITIERS;;L;" + g.firstSiret + ";500.5;1,2,3;1;0.95;\r\n"
                + "\r\n"
                + "Pommes de table;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.secondSiret + ";300;\"1-3;9-12\";2;1.40;BIO\r\n"
                + "Carottes;03221112-4;FRUITS_ET_LEGUMES;SURGELES;KG;" + g.secondSiret + ";80;10-12;1;0.90;\r\n";
        importing(g, csv, "").statusCode(200).body("mode", equalTo("STRICT")).body("separator", equalTo(";"))
                .body("rowsRead", equalTo(4)).body("rowsImported", equalTo(4)).body("lineIds.size()", equalTo(3))
                .body("errorCount", equalTo(0));

        given().auth().oauth2(g.fixtures.operator()).get(g.campaign()).then().statusCode(200)
                .body("lines.productLabel", equalTo(List.of("Pommes de table", "Lait demi-écrémé", "Carottes")))
                .body("lines.lineNumber", equalTo(List.of(1, 2, 3)))
                .body("lines[0].months", equalTo(List.of(1, 2, 3, 9, 10, 11, 12)))
                .body("lines[0].requiredLabel", equalTo("BIO"))
                .body("lines[0].category.code", equalTo("FRUITS_LEGUMES_FRAIS"))
                .body("lines[0].quantities.size()", equalTo(2))
                .body("lines[0].quantities.find { it.canteenId == '" + g.fixtures.second() + "' }.quantityPerYear",
                        equalTo(300.0f))
                .body("lines[1].unit", equalTo("L")).body("lines[1].requiredLabel", equalTo(null))
                .body("lines[1].months", equalTo(List.of(1, 2, 3)))
                .body("lines[2].category.code", equalTo("SURGELES"));
    }

    @Test
    void commaSeparatedFilesWithCanteenIdsAreReadToo() {
        Group g = Group.create();
        String csv = "Produit,Code_CPV,famille_produits,categorie,unite,cantine_id,quantite_annuelle,mois,"
                + "livraisons_par_semaine,prix_unitaire_ht,label_exige\n"
                + "Yaourt nature,15551300-8,PRODUITS_LAITIERS,,PIECE," + g.fixtures.first() + ",24000,\"9,10,11\",2,0.18,\n";
        importing(g, csv, "").statusCode(200).body("separator", equalTo(",")).body("rowsImported", equalTo(1));
        given().auth().oauth2(g.fixtures.operator()).get(g.campaign()).then()
                .body("lines[0].unit", equalTo("PIECE")).body("lines[0].months", equalTo(List.of(9, 10, 11)));
    }

    @Test
    void inStrictModeOneBadRowRefusesTheFileWithEveryErrorByLineAndColumn() {
        Group g = Group.create();
        String csv = HEADER
                + "Pommes;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.firstSiret + ";1200;1-3;2;1.40;\n"
                + "Poires;0322232;FRUITS_ET_LEGUMES;;KG;" + g.firstSiret + ";12,5;13;9;1.40;LOCAL\n"
                + "Pommes;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.secondSiret + ";300;1-3;3;1.40;\n"
                + "Pommes;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.firstSiret + ";5;1-3;2;1.40;\n"
                + "Ciment;44111200-3;AUTRES;;KG;" + g.firstSiret + ";5;1;1;1.00;\n"
                + "Poisson;03311000-2;PRODUITS_DE_LA_MER;;KG;" + g.strangerSiret + ";5;1;1;1.00;\n"
                + "Poisson;03311000-2;PRODUITS_DE_LA_MER;;KG;99999999999999;5;1;1;1.00;\n"
                + "Trop court;03311000-2\n";
        importing(g, csv, "?mode=STRICT").statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://mutualim.fr/problems/validation-error"))
                .body("detail", equalTo("Strict mode: 11 error(s) in the file, no line was added"))
                .body("errors.line", equalTo(List.of(3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9)))
                .body("errors.column", equalTo(Arrays.asList("code_cpv", "quantite_annuelle", "mois",
                        "livraisons_par_semaine", "label_exige", "livraisons_par_semaine", "siret", "categorie",
                        "siret", "siret", null)))
                .body("errors[1].message", equalTo("'12,5' uses a decimal comma; write 12.5"))
                .body("errors[2].message", equalTo("'13' is not a month or a range of months within 1 to 12"))
                .body("errors[5].message", containsString("differs from line 2, where this product starts"))
                .body("errors[6].message", equalTo("this site already has a quantity of this product on line 2"))
                .body("errors[7].message", containsString("CPV code 44111200-3 has no homogeneous category"))
                .body("errors[8].message", containsString("is not a member of purchasing group"))
                .body("errors[9].message", equalTo("no registered canteen has siret 99999999999999"))
                .body("errors[10].message", equalTo("has 2 columns, expected 11 separated like the header"));
        given().auth().oauth2(g.fixtures.operator()).get(g.campaign()).then().statusCode(200)
                .body("lines.size()", equalTo(0));
    }

    @Test
    void inLenientModeTheGoodLinesAreAddedAndTheBadRowsListed() {
        Group g = Group.create();
        String csv = HEADER
                + "Pommes;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.firstSiret + ";1200;1-3;2;1.40;\n"
                + "Poires;03222322-6;FRUITS_ET_LEGUMES;;KG;" + g.firstSiret + ";abc;1-3;2;1.40;\n"
                + "Pommes;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.secondSiret + ";300;1-3;2;1.50;\n";
        importing(g, csv, "?mode=lenient").statusCode(200).body("mode", equalTo("LENIENT"))
                .body("rowsRead", equalTo(3)).body("rowsImported", equalTo(1)).body("lineIds.size()", equalTo(1))
                .body("errorCount", equalTo(2)).body("errors.line", equalTo(List.of(3, 4)))
                .body("errors.column", equalTo(List.of("quantite_annuelle", "prix_unitaire_ht")));
        given().auth().oauth2(g.fixtures.operator()).get(g.campaign()).then().statusCode(200)
                .body("lines.productLabel", equalTo(List.of("Pommes"))).body("lines[0].quantities.size()", equalTo(1));

        // Importing the same product again would make a second line of it: refused on its rows.
        importing(g, HEADER + "Pommes;03222321-9;FRUITS_ET_LEGUMES;;KG;" + g.secondSiret + ";3;1;1;1.40;\n",
                "?mode=lenient").statusCode(200).body("rowsImported", equalTo(0))
                .body("errors[0].column", equalTo("produit"))
                .body("errors[0].message", containsString("already has line 1 for this product"));
    }

    @Test
    void aWrongHeaderAnEmptyBodyOrABadModeRefuseTheFile() {
        Group g = Group.create();
        importing(g, "produit;code_cpv;famille;categorie;unite;siret;quantite_annuelle;mois;livraisons_par_semaine;"
                + "prix_unitaire_ht;label_exige\n", "").statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].line", equalTo(1)).body("errors[0].column", equalTo("famille_produits"))
                .body("errors[0].message", equalTo("column 3 must be 'famille_produits', found 'famille'"));
        importing(g, "produit;code_cpv;unite\n", "").statusCode(400)
                .body("errors.column", equalTo(List.of("famille_produits", "categorie", "siret", "quantite_annuelle",
                        "mois", "livraisons_par_semaine", "prix_unitaire_ht", "label_exige")));
        importing(g, "", "").statusCode(400).body("errors[0].field", equalTo("body"));
        importing(g, HEADER, "?mode=maybe").statusCode(400).body("errors[0].field", equalTo("mode"));
        importing(g, HEADER + "\"Pommes;03222321-9\n", "").statusCode(400).body("errors[0].line", equalTo(2));
        given().auth().oauth2(g.fixtures.operator()).contentType("text/csv")
                .body(new byte[] {'p', (byte) 0xC3, (byte) 0x28, '\n'}).post(g.campaign() + "/line-imports")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        importing(g, HEADER, "").statusCode(200).body("rowsRead", equalTo(0)).body("lineIds.size()", equalTo(0));
    }

    @Test
    void aSubmittedCampaignTakesNoImport() {
        Group g = Group.create();
        g.fixtures.addLine(g.campaignId, line("Pommes", "03222321-9", null, quantity(g.fixtures.first(), "1")));
        given().auth().oauth2(g.fixtures.operator()).post(g.campaign() + "/submission").then().statusCode(200);
        importing(g, HEADER, "").statusCode(409).contentType(PROBLEM_JSON);
    }

    private static ValidatableResponse importing(Group g, String csv, String query) {
        return given().auth().oauth2(g.fixtures.operator()).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(g.campaign() + "/line-imports" + query).then();
    }

    /** A group with two members (and their SIRETs), a stranger canteen, and a draft. */
    private record Group(CampaignFixtures fixtures, String campaignId, String firstSiret, String secondSiret,
                         String strangerSiret) {

        static Group create() {
            CampaignFixtures fixtures = CampaignFixtures.newGroup();
            String stranger = BuyerFixtures.registerCanteen();
            return new Group(fixtures, fixtures.createCampaign(), siret(fixtures.first()), siret(fixtures.second()),
                    siret(stranger));
        }

        String campaign() {
            return fixtures.campaign(campaignId);
        }

        private static String siret(String canteen) {
            return given().auth().oauth2(TestTokens.admin()).get("/canteens/" + canteen).then().extract().path("siret");
        }
    }
}
