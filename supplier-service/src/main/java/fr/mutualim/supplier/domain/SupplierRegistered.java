package fr.mutualim.supplier.domain;

import java.time.Instant;
import java.util.UUID;

/** A supplier joined the directory; carries its whole state so consumers need not call back. */
public record SupplierRegistered(UUID supplierId, long version, SupplierDetails details, Instant registeredAt) {
}
