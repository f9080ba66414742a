package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.PurchaseLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Purchase lines of one canteen, recorded all together or not at all.")
public record PurchaseBatchRequest(
        @NotNull @Size(min = 1, max = PurchaseBatchRequest.MAX_LINES)
        @Schema(description = "1 to 1000 lines; errors name a line by its index, such as lines[3].amountExclTax")
        List<@NotNull @Valid PurchaseLineRequest> lines) {

    /** Larger sets are files: POST /purchase-imports streams them instead. */
    static final int MAX_LINES = 1000;

    List<PurchaseLine> toLines() {
        return lines.stream().map(PurchaseLineRequest::toLine).toList();
    }
}
