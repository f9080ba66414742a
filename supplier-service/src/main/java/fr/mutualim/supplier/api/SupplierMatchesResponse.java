package fr.mutualim.supplier.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mutualim.supplier.service.SupplierSearch;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of matches, best first; with 'explain', why a named supplier is or is not among them.")
public record SupplierMatchesResponse(
        List<SupplierMatchResponse> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "7") long totalItems,
        @Schema(example = "1") int totalPages,
        @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {

    @Schema(name = "MatchExplanation")
    public record Explanation(
            UUID supplierId,
            @Schema(example = "false") boolean matches,
            List<OfferExplanation> offers) {

        static Explanation from(SupplierSearch.Explanation explanation) {
            List<OfferExplanation> offers = explanation.offers().stream()
                    .map(fit -> new OfferExplanation(fit.offer().id(), fit.offer().details().productLabel(),
                            fit.fit().matches(), fit.fit().exclusions()))
                    .toList();
            return new Explanation(explanation.supplier().id(), offers.stream().anyMatch(OfferExplanation::matches),
                    offers);
        }
    }

    @Schema(name = "OfferExplanation")
    public record OfferExplanation(
            UUID offerId,
            @Schema(example = "Pommes Golden") String productLabel,
            @Schema(example = "false") boolean matches,
            @Schema(example = "[\"delivery point (50.29100, 2.77750) is 92.3 km away, beyond its 80 km radius\"]")
            List<String> exclusions) {
    }
}
