package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.Purchase;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The purchases a batch recorded, in the order of its lines.")
public record PurchaseBatchResponse(
        @Schema(example = "2") int count,
        List<PurchaseResponse> purchases) {

    static PurchaseBatchResponse from(List<Purchase> purchases) {
        return new PurchaseBatchResponse(purchases.size(), purchases.stream().map(PurchaseResponse::from).toList());
    }
}
