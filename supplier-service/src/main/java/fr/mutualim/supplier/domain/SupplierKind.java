package fr.mutualim.supplier.domain;

/** What a supplier is; cooperatives may later manage their members' offers. */
public enum SupplierKind {
    PRODUCER, COOPERATIVE, ARTISAN, PROCESSOR, WHOLESALER
}
