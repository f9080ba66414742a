package fr.mutualim.lotplanner.messaging;

import fr.mutualim.chassis.messaging.ConsumedEvents;
import fr.mutualim.chassis.messaging.EventReader;
import fr.mutualim.chassis.messaging.IncomingEvent;
import fr.mutualim.lotplanner.domain.CertificationSnapshot;
import fr.mutualim.lotplanner.domain.OfferSnapshot;
import fr.mutualim.lotplanner.domain.SupplierSnapshot;
import fr.mutualim.lotplanner.service.SupplierCatalog;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the supplier, offer and certificate read models in step with suppliers.events. */
@ApplicationScoped
public class SupplierEventsConsumer {

    static final String SUPPLIER_REGISTERED = "fr.mutualim.supplier.supplier-registered.v1";
    static final String SUPPLIER_UPDATED = "fr.mutualim.supplier.supplier-updated.v1";
    static final String CERTIFICATION_ADDED = "fr.mutualim.supplier.certification-added.v1";
    static final String CERTIFICATION_REVOKED = "fr.mutualim.supplier.certification-revoked.v1";
    static final String OFFER_PUBLISHED = "fr.mutualim.supplier.offer-published.v1";
    static final String OFFER_UPDATED = "fr.mutualim.supplier.offer-updated.v1";
    static final String OFFER_WITHDRAWN = "fr.mutualim.supplier.offer-withdrawn.v1";

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
        switch (event.type()) {
            case SUPPLIER_REGISTERED, SUPPLIER_UPDATED -> catalog.apply(reader.read(event, SupplierV1.class).snapshot());
            case CERTIFICATION_ADDED, CERTIFICATION_REVOKED ->
                    catalog.apply(reader.read(event, CertificationV1.class).snapshot());
            case OFFER_PUBLISHED, OFFER_UPDATED, OFFER_WITHDRAWN ->
                    catalog.apply(reader.read(event, OfferV1.class).snapshot());
            default -> {
                // A type this service does not use (or a newer one): recorded as consumed, then ignored.
            }
        }
    }

    /** This service's reading of supplier-registered.v1 and supplier-updated.v1 (docs/events.md). */
    record SupplierV1(UUID supplierId, long version, String siret, String legalName, String tradeName, String kind,
                      String sizeClass, Location location, int deliveryRadiusKm, Integer intermediaries,
                      UUID cooperativeId) {

        SupplierSnapshot snapshot() {
            return new SupplierSnapshot(supplierId, version, siret, legalName, tradeName, kind,
                    sizeClass == null ? "MICRO" : sizeClass, location.postalCode(), location.commune(),
                    location.inseeCode(), location.latitude(), location.longitude(), deliveryRadiusKm,
                    intermediaries == null ? 0 : intermediaries, cooperativeId);
        }
    }

    record Location(String postalCode, String commune, String inseeCode, BigDecimal latitude, BigDecimal longitude) {
    }

    /** This service's reading of certification-added.v1 and certification-revoked.v1. */
    record CertificationV1(UUID supplierId, UUID certificationId, String type, String egalimLabel, LocalDate validFrom,
                           LocalDate validUntil, Set<String> scopeFamilies, Set<String> scopeCpvPrefixes,
                           LocalDate revokedOn) {

        CertificationSnapshot snapshot() {
            return new CertificationSnapshot(certificationId, supplierId, type, egalimLabel, validFrom, validUntil,
                    revokedOn, orEmpty(scopeFamilies), orEmpty(scopeCpvPrefixes));
        }
    }

    /** This service's reading of offer-published.v1, offer-updated.v1 and offer-withdrawn.v1. */
    record OfferV1(UUID supplierId, UUID offerId, long version, String status, String productLabel, String cpvCode,
                   String family, String unit, BigDecimal annualCapacity, Set<Integer> months,
                   BigDecimal monthlyCapacity, BigDecimal unitPriceExclTax) {

        OfferSnapshot snapshot() {
            return new OfferSnapshot(offerId, supplierId, version, status, productLabel, cpvCode, family, unit,
                    annualCapacity, months == null ? Set.of() : months, monthlyCapacity, unitPriceExclTax);
        }
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
