package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.ImportError;
import fr.mutualim.buyer.domain.PurchaseImport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An import of a ma-cantine purchase file: where it stands, its counts and its errors.")
public record PurchaseImportResponse(
        @Schema(example = "c3b1d7e2-8f4a-4b6e-9d21-5a7c0e3f9b18") UUID id,
        @Schema(example = "SUCCEEDED", description = "RUNNING, SUCCEEDED, FAILED (broke off, nothing imported) or "
                + "REJECTED (strict mode and errors, nothing imported)") String status,
        @Schema(example = "LENIENT") String mode,
        @Schema(example = "WITH_LOCAL_DISTANCE", description = "the ma-cantine format recognised by the header: "
                + "WITH_LOCAL_DISTANCE (12 columns), WITH_AROUND_SERVICE (11) or WITH_CHARACTERISTICS (8)")
        String format,
        @Schema(example = ";", description = "the separator recognised: ',', ';' or '\\t'") String separator,
        @Schema(example = "1200", description = "data lines in the file (the header and blank lines not counted)")
        long linesRead,
        @Schema(example = "1000", description = "progress: lines gone through while inserting") long linesProcessed,
        @Schema(example = "1197", description = "purchases recorded, once the import has succeeded") long linesImported,
        @Schema(example = "3", description = "all errors found; errors lists the first ones") long errorCount,
        List<Error> errors,
        @Schema(example = "Strict mode: 3 error(s) in the file, nothing was imported") String detail,
        Instant startedAt,
        @Schema(description = "null while RUNNING") Instant finishedAt) {

    @Schema(name = "PurchaseImportError", description = "A bad line: its 1-based line number, column and reason.")
    public record Error(
            @Schema(example = "14") long line,
            @Schema(example = "prix_ht") String column,
            @Schema(example = "'12,50' uses a decimal comma; write 12.50") String message) {

        static Error from(ImportError e) {
            return new Error(e.line(), e.column(), e.message());
        }
    }

    static PurchaseImportResponse from(PurchaseImport i) {
        return new PurchaseImportResponse(i.id(), i.status().name(), i.mode().name(), i.format(), i.separator(),
                i.linesRead(), i.linesProcessed(), i.linesImported(), i.errorCount(),
                i.errors().stream().map(Error::from).toList(), i.detail(), i.startedAt(), i.finishedAt());
    }
}
