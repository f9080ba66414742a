package fr.mutualim.supplier.messaging;

import fr.mutualim.chassis.messaging.OutgoingEvent;
import fr.mutualim.supplier.domain.SupplierDetails;
import fr.mutualim.supplier.domain.SupplierRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The events supplier-service publishes, documented in docs/events.md. */
public final class SupplierEvents {

    public static final String TOPIC = "suppliers.events";
    public static final String SUPPLIER_REGISTERED = "fr.mutualim.supplier.supplier-registered.v1";

    private SupplierEvents() {
    }

    public static OutgoingEvent registered(SupplierRegistered event) {
        SupplierDetails d = event.details();
        return new OutgoingEvent(TOPIC, SUPPLIER_REGISTERED, event.supplierId().toString(),
                "suppliers/" + event.supplierId(),
                new SupplierRegisteredV1(event.supplierId(), event.version(), d.siret().value(), d.legalName(),
                        d.tradeName(), d.kind().name(), new Location(d.postalCode(), d.commune(), d.inseeCode(),
                        d.latitude(), d.longitude()), d.deliveryRadiusKm(), event.registeredAt()));
    }

    /** Data of {@code supplier-registered.v1}. */
    public record SupplierRegisteredV1(UUID supplierId, long version, String siret, String legalName,
                                       String tradeName, String kind, Location location, int deliveryRadiusKm,
                                       Instant registeredAt) {
    }

    public record Location(String postalCode, String commune, String inseeCode, BigDecimal latitude,
                           BigDecimal longitude) {
    }
}
