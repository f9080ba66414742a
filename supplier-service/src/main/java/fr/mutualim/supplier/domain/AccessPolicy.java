package fr.mutualim.supplier.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Who may change a supplier and see its contact: an admin; the supplier itself (a producer token
 * naming it); and the manager of its cooperative (a producer token naming the cooperative).
 * Buyers and operators read contacts but change nothing; other producers see no contact.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The caller as its token describes it. */
    public record Caller(Set<String> roles, UUID supplierId) {

        public boolean is(String role) {
            return roles.contains(role);
        }
    }

    public static boolean canManage(Caller caller, UUID supplierId, UUID cooperativeId) {
        if (caller.is("admin")) {
            return true;
        }
        return caller.is("producer") && caller.supplierId() != null
                && (caller.supplierId().equals(supplierId) || caller.supplierId().equals(cooperativeId));
    }

    public static boolean canSeeContact(Caller caller, UUID supplierId, UUID cooperativeId) {
        return caller.is("buyer") || caller.is("operator") || canManage(caller, supplierId, cooperativeId);
    }
}
