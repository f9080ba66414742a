package fr.mutualim.lotplanner.messaging;

import fr.mutualim.chassis.messaging.ConsumedEvents;
import fr.mutualim.chassis.messaging.EventReader;
import fr.mutualim.chassis.messaging.IncomingEvent;
import fr.mutualim.lotplanner.domain.SupplierSnapshot;
import fr.mutualim.lotplanner.service.SupplierCatalog;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the supplier read model in step with suppliers.events. */
@ApplicationScoped
public class SupplierEventsConsumer {

    static final String SUPPLIER_REGISTERED = "fr.mutualim.supplier.supplier-registered.v1";
    static final String SUPPLIER_UPDATED = "fr.mutualim.supplier.supplier-updated.v1";

    private final ConsumedEvents consumed;
    private final EventReader reader;
    private final SupplierCatalog catalog;

    public SupplierEventsConsumer(ConsumedEvents consumed, EventReader reader, SupplierCatalog catalog) {
        this.consumed = consumed;
        this.reader = reader;
        this.catalog = catalog;
    }

    /** Applies one event and records its id in one transaction; a redelivery changes nothing. */
    @Incoming("suppliers")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!consumed.firstDelivery(event)) {
            return;
        }
        if (SUPPLIER_REGISTERED.equals(event.type()) || SUPPLIER_UPDATED.equals(event.type())) {
            catalog.apply(reader.read(event, SupplierV1.class).snapshot());
        }
        // Certification and offer events are not part of this read model yet: recorded, then ignored.
    }

    /** This service's reading of supplier-registered.v1 and supplier-updated.v1 (docs/events.md). */
    record SupplierV1(UUID supplierId, long version, String siret, String legalName, String kind,
                                Location location, int deliveryRadiusKm, Instant registeredAt) {

        SupplierSnapshot snapshot() {
            return new SupplierSnapshot(supplierId, version, siret, legalName, kind, location.postalCode(),
                    location.commune(), location.inseeCode(), location.latitude(), location.longitude(),
                    deliveryRadiusKm);
        }
    }

    record Location(String postalCode, String commune, String inseeCode, BigDecimal latitude, BigDecimal longitude) {
    }
}
