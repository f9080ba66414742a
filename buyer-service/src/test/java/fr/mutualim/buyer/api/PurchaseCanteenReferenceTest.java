package fr.mutualim.buyer.api;

import static fr.mutualim.buyer.api.BuyerFixtures.registerCanteen;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.mutualim.localstack.TestInfrastructureResource;
import fr.mutualim.localstack.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * purchase.canteen_id is checked by statement-level triggers instead of a foreign key (V9): they
 * must refuse what the key refused, whoever writes (here plain SQL, as a script would).
 */
@QuarkusTest
@WithTestResource(value = TestInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
class PurchaseCanteenReferenceTest {

    private static final String INSERT = "insert into purchase (id, canteen_id, purchase_date, supplier_name, "
            + "description, family, labels, amount_excl_tax, local, version, recorded_at) "
            + "values (?1, ?2, date '2026-03-01', 'Ferme', 'Carottes', 'FRUITS_ET_LEGUMES', '', 10.00, false, 1, now())";

    @Inject
    EntityManager em;

    @Test
    void aPurchaseNamingNoCanteenIsRefusedAsByAForeignKey() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery(INSERT).setParameter(1, UUID.randomUUID()).setParameter(2, UUID.randomUUID())
                        .executeUpdate()));
        assertEquals("23503", sqlState(refused));
    }

    @Test
    void aPurchaseMovedToNoCanteenIsRefused() {
        UUID canteen = UUID.fromString(registerCanteen());
        UUID purchase = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery(INSERT).setParameter(1, purchase).setParameter(2, canteen).executeUpdate());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update purchase set canteen_id = ?1 where id = ?2")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, purchase).executeUpdate()));
        assertEquals("23503", sqlState(refused));
    }

    @Test
    void aCanteenNamedByAPurchaseCannotBeDeletedButOneWithoutPurchasesCan() {
        UUID named = UUID.fromString(registerCanteen());
        UUID unnamed = UUID.fromString(registerCanteen());
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery(INSERT).setParameter(1, UUID.randomUUID()).setParameter(2, named).executeUpdate());
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from canteen where id = ?1").setParameter(1, named).executeUpdate()));
        assertEquals("23503", sqlState(refused));
        assertEquals(1, (int) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("delete from canteen where id = ?1").setParameter(1, unnamed).executeUpdate()));
        given().auth().oauth2(TestTokens.admin()).get("/canteens/" + named).then().statusCode(200);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("No SQL error in " + e, e);
    }
}
