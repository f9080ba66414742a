package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.campaign.DemandLine;
import fr.mutualim.buyer.service.DemandLineImports;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import of demand lines added to the draft, and the rows it could not take.")
public record DemandLineImportResponse(
        @Schema(example = "LENIENT") String mode,
        @Schema(example = ";", description = "the separator recognised: ',', ';' or '\\t'") String separator,
        @Schema(example = "240", description = "data rows in the file (the header and blank lines not counted)")
        int rowsRead,
        @Schema(example = "236", description = "rows whose quantity is now on a line") int rowsImported,
        @Schema(description = "ids of the lines added, in the order their products first appear",
                example = "[\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]") List<UUID> lineIds,
        @Schema(example = "4", description = "all errors; errors lists the first 100") int errorCount,
        List<Error> errors) {

    @Schema(name = "DemandLineImportError", description = "A bad row: its 1-based line number, column and reason.")
    public record Error(
            @Schema(example = "14") long line,
            @Schema(example = "quantite_annuelle") String column,
            @Schema(example = "'12,5' uses a decimal comma; write 12.5") String message) {
    }

    static DemandLineImportResponse from(DemandLineImports.Outcome o) {
        return new DemandLineImportResponse(o.mode().name(), String.valueOf(o.separator()), o.rowsRead(),
                o.rowsImported(), o.linesAdded().stream().map(DemandLine::lineId).toList(), o.errorCount(),
                o.errors().stream().map(e -> new Error(e.line(), e.column(), e.message()))
                        .toList());
    }
}
