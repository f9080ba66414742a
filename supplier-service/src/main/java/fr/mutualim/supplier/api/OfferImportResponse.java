package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.ImportError;
import fr.mutualim.supplier.domain.OfferImport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An applied import of an offer file: its counts and every rejected line.")
public record OfferImportResponse(
        @Schema(example = "c3b1d7e2-8f4a-4b6e-9d21-5a7c0e3f9b18") UUID id,
        @Schema(description = "the supplier the file was sent to (a producer, or a cooperative for its members)")
        UUID supplierId,
        @Schema(example = "LENIENT") String mode,
        @Schema(example = ";", description = "the separator recognised: ',', ';' or '\\t'") String separator,
        @Schema(example = "120", description = "data lines in the file (the header and blank lines not counted)")
        long linesRead,
        @Schema(example = "118", description = "offers published, each announced as offer-published.v1")
        long offersPublished,
        @Schema(example = "2", description = "lines rejected; a line may have several errors") long linesRejected,
        @Schema(description = "every error of every rejected line") List<Error> errors,
        Instant importedAt) {

    @Schema(name = "OfferImportError", description = "A rejected line: its 1-based line number (the header is line 1), "
            + "the column (absent when about the whole line) and the reason.")
    public record Error(
            @Schema(example = "14") long line,
            @Schema(example = "unit_price_excl_tax") String column,
            @Schema(example = "'1,35' uses a decimal comma; write 1.35") String message) {

        static Error from(ImportError e) {
            return new Error(e.line(), e.column(), e.message());
        }
    }

    static OfferImportResponse from(OfferImport i) {
        return new OfferImportResponse(i.id(), i.supplierId(), i.mode().name(), i.separator(), i.linesRead(),
                i.offersPublished(), i.linesRejected(), i.errors().stream().map(Error::from).toList(), i.importedAt());
    }
}
