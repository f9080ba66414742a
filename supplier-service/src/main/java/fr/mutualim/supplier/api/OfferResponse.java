package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.Offer;
import fr.mutualim.supplier.domain.OfferDetails;
import fr.mutualim.supplier.service.Offers.LabelledOffer;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An offer, with the labels its supplier's certificates give it on a date.")
public record OfferResponse(
        UUID id,
        UUID supplierId,
        @Schema(example = "Pommes Golden, calibre 70-75") String productLabel,
        @Schema(example = "03222321-9") String cpvCode,
        @Schema(example = "FRUITS_ET_LEGUMES") String family,
        @Schema(example = "KG") String unit,
        @Schema(example = "12000") BigDecimal annualCapacity,
        @Schema(example = "[1, 2, 3, 9, 10, 11, 12]") List<Integer> months,
        @Schema(example = "2000") BigDecimal monthlyCapacity,
        @Schema(example = "1.35") BigDecimal unitPriceExclTax,
        @Schema(example = "1") int processingLevel,
        @Schema(example = "[\"TUESDAY\", \"FRIDAY\"]") List<String> deliveryDays,
        @Schema(example = "ACTIVE") String status,
        @Schema(example = "1") long version,
        Labels labels,
        Instant publishedAt,
        Instant updatedAt) {

    @Schema(name = "OfferLabels", description = "Derived from certificates valid on 'on' whose scope covers the product.")
    public record Labels(
            @Schema(example = "2026-11-26") LocalDate on,
            @Schema(example = "[\"BIO\"]", description = "EGAlim labels, which count") List<String> egalim,
            @Schema(example = "[]", description = "other marks (MSC…), shown but never counted") List<String> otherMarks) {
    }

    static OfferResponse from(LabelledOffer labelled) {
        Offer offer = labelled.offer();
        OfferDetails d = offer.details();
        var labels = labelled.labels();
        return new OfferResponse(offer.id(), offer.supplierId(), d.productLabel(), d.cpvCode(), d.family().name(),
                d.unit().name(), d.annualCapacity(), d.months().stream().sorted().toList(), d.monthlyCapacity(),
                d.unitPriceExclTax(), d.processingLevel(), d.deliveryDays().stream().sorted().map(DayOfWeek::name).toList(),
                offer.status().name(), offer.version(),
                new Labels(labels.on(), List.copyOf(labels.egalimLabels()),
                        labels.otherMarks().stream().map(Enum::name).toList()),
                offer.publishedAt(), offer.updatedAt());
    }
}
