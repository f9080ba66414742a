package fr.mutualim.supplier.domain;

/** Who to call at a supplier; shown to buyers and operators, never to other producers. */
public record Contact(String name, String email, String phone) {
}
