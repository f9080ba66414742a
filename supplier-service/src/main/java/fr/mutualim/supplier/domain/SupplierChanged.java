package fr.mutualim.supplier.domain;

import java.time.Instant;
import java.util.UUID;

/** A supplier joined the directory or changed; carries its whole state so consumers need not call back. */
public record SupplierChanged(UUID supplierId, long version, SupplierDetails details, Instant registeredAt,
                              Instant updatedAt) {
}
