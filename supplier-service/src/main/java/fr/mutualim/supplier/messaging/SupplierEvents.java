package fr.mutualim.supplier.messaging;

import fr.mutualim.chassis.messaging.OutgoingEvent;
import fr.mutualim.supplier.domain.Certification;
import fr.mutualim.supplier.domain.CertificationDetails;
import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.OfferDetails;
import fr.mutualim.supplier.domain.SupplierChanged;
import fr.mutualim.supplier.domain.SupplierDetails;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events supplier-service publishes on {@code suppliers.events}, documented in docs/events.md.
 * Every event is keyed by supplier id, so a supplier's profile, certificates and offers reach a
 * consumer in the order they changed. Contact details are never published.
 */
public final class SupplierEvents {

    public static final String TOPIC = "suppliers.events";
    public static final String SUPPLIER_REGISTERED = "fr.mutualim.supplier.supplier-registered.v1";
    public static final String SUPPLIER_UPDATED = "fr.mutualim.supplier.supplier-updated.v1";
    public static final String CERTIFICATION_ADDED = "fr.mutualim.supplier.certification-added.v1";
    public static final String CERTIFICATION_REVOKED = "fr.mutualim.supplier.certification-revoked.v1";
    public static final String OFFER_PUBLISHED = "fr.mutualim.supplier.offer-published.v1";
    public static final String OFFER_UPDATED = "fr.mutualim.supplier.offer-updated.v1";
    public static final String OFFER_WITHDRAWN = "fr.mutualim.supplier.offer-withdrawn.v1";

    private SupplierEvents() {
    }

    public static OutgoingEvent supplier(String type, SupplierChanged event) {
        SupplierDetails d = event.details();
        return new OutgoingEvent(TOPIC, type, event.supplierId().toString(), "suppliers/" + event.supplierId(),
                new SupplierV1(event.supplierId(), event.version(), d.siret().value(), d.legalName(), d.tradeName(),
                        d.kind().name(), d.sizeClass().name(), d.sme(),
                        new Location(d.postalCode(), d.commune(), d.inseeCode(), d.latitude(), d.longitude()),
                        d.deliveryRadiusKm(), d.minimumOrderExclTax(), d.intermediaries(), d.shortChain(),
                        d.cooperativeId(), event.registeredAt(), event.updatedAt()));
    }

    public static OutgoingEvent certification(String type, Certification certification) {
        CertificationDetails d = certification.details();
        return new OutgoingEvent(TOPIC, type, certification.supplierId().toString(),
                "suppliers/" + certification.supplierId() + "/certifications/" + certification.id(),
                new CertificationV1(certification.supplierId(), certification.id(), d.type().name(),
                        d.type().egalimLabel().orElse(null), d.type().countsForEgalim(), d.certifier(),
                        d.certificateNumber(), d.validFrom(), d.validUntil(),
                        d.scopeFamilies().stream().map(Enum::name).sorted().toList(),
                        d.scopeCpvPrefixes().stream().sorted().toList(), certification.revokedOn(),
                        certification.revocationReason()));
    }

    public static OutgoingEvent offer(String type, Offer offer) {
        OfferDetails d = offer.details();
        return new OutgoingEvent(TOPIC, type, offer.supplierId().toString(),
                "suppliers/" + offer.supplierId() + "/offers/" + offer.id(),
                new OfferV1(offer.supplierId(), offer.id(), offer.version(), offer.status().name(), d.productLabel(),
                        d.cpvCode(), d.family().name(), d.unit().name(), d.annualCapacity(),
                        d.months().stream().sorted().toList(), d.monthlyCapacity(), d.unitPriceExclTax(),
                        d.processingLevel(), d.deliveryDays().stream().sorted().map(DayOfWeek::name).toList(),
                        offer.publishedAt(), offer.updatedAt()));
    }

    /** Data of {@code supplier-registered.v1} and {@code supplier-updated.v1}. */
    public record SupplierV1(UUID supplierId, long version, String siret, String legalName, String tradeName,
                             String kind, String sizeClass, boolean sme, Location location, int deliveryRadiusKm,
                             BigDecimal minimumOrderExclTax, int intermediaries, boolean shortChain,
                             UUID cooperativeId, Instant registeredAt, Instant updatedAt) {
    }

    public record Location(String postalCode, String commune, String inseeCode, BigDecimal latitude,
                           BigDecimal longitude) {
    }

    /** Data of {@code certification-added.v1} and {@code certification-revoked.v1}. */
    public record CertificationV1(UUID supplierId, UUID certificationId, String type, String egalimLabel,
                                  boolean countsForEgalim, String certifier, String certificateNumber,
                                  LocalDate validFrom, LocalDate validUntil, List<String> scopeFamilies,
                                  List<String> scopeCpvPrefixes, LocalDate revokedOn, String revocationReason) {
    }

    /** Data of {@code offer-published.v1}, {@code offer-updated.v1} and {@code offer-withdrawn.v1}. */
    public record OfferV1(UUID supplierId, UUID offerId, long version, String status, String productLabel,
                          String cpvCode, String family, String unit, BigDecimal annualCapacity,
                          List<Integer> months, BigDecimal monthlyCapacity, BigDecimal unitPriceExclTax,
                          int processingLevel, List<String> deliveryDays, Instant publishedAt, Instant updatedAt) {
    }
}
