package fr.mutualim.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.supplier.domain.AccessPolicy.Caller;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final UUID FARM = UUID.randomUUID();
    private static final UUID COOPERATIVE = UUID.randomUUID();

    @Test
    void aProducerManagesItsOwnSupplierAndItsCooperativesManagerToo() {
        assertTrue(AccessPolicy.canManage(new Caller(Set.of("producer"), FARM), FARM, COOPERATIVE));
        assertTrue(AccessPolicy.canManage(new Caller(Set.of("producer"), COOPERATIVE), FARM, COOPERATIVE));
        assertTrue(AccessPolicy.canManage(new Caller(Set.of("admin"), null), FARM, COOPERATIVE));
    }

    @Test
    void anotherProducerABuyerAndAnOperatorManageNothing() {
        assertFalse(AccessPolicy.canManage(new Caller(Set.of("producer"), UUID.randomUUID()), FARM, COOPERATIVE));
        assertFalse(AccessPolicy.canManage(new Caller(Set.of("producer"), null), FARM, null));
        assertFalse(AccessPolicy.canManage(new Caller(Set.of("buyer"), null), FARM, null));
        assertFalse(AccessPolicy.canManage(new Caller(Set.of("operator"), null), FARM, null));
    }

    @Test
    void contactsAreForBuyersOperatorsAndTheSuppliersOwnManagersOnly() {
        assertTrue(AccessPolicy.canSeeContact(new Caller(Set.of("buyer"), null), FARM, null));
        assertTrue(AccessPolicy.canSeeContact(new Caller(Set.of("operator"), null), FARM, null));
        assertTrue(AccessPolicy.canSeeContact(new Caller(Set.of("producer"), FARM), FARM, null));
        assertFalse(AccessPolicy.canSeeContact(new Caller(Set.of("producer"), UUID.randomUUID()), FARM, null));
    }
}
