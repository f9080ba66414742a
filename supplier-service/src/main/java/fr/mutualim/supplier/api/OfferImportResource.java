package fr.mutualim.supplier.api;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.supplier.domain.ImportMode;
import fr.mutualim.supplier.service.OfferImports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/suppliers/{id}/offer-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offer imports", description = "Offers published in bulk from a CSV file (docs/csv-formats.md)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"producer", "admin"})
public class OfferImportResource {

    static final String CSV = "text/csv";
    static final String EXAMPLE = """
            supplier_siret;product_label;cpv_code;family;unit;annual_capacity;months;monthly_capacity;\
            unit_price_excl_tax;processing_level;delivery_days
            ;Pommes Golden, calibre 70-75;03222321-9;FRUITS_ET_LEGUMES;KG;12000;"1-3;9-12";2000;1.35;1;TUESDAY,FRIDAY
            73282932000074;Yaourt nature 125 g;15551300-8;PRODUITS_LAITIERS;PIECE;50000;1-12;;0.32;2;MONDAY
            """;

    private final OfferImports imports;
    private final CurrentCaller caller;

    public OfferImportResource(OfferImports imports, CurrentCaller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Publish offers from a CSV file",
            description = "The raw file is the body: UTF-8 with or without BOM, comma, semicolon or tab separated "
                    + "(found from the header), one offer per line. Header, any order, names trimmed and "
                    + "case-insensitive: product_label, cpv_code, family, unit, annual_capacity, months "
                    + "(1-3;9-12 or 1,2,3), unit_price_excl_tax (decimal point), processing_level (1-5), "
                    + "delivery_days (TUESDAY,FRIDAY or mardi;vendredi), and optionally monthly_capacity and "
                    + "supplier_siret (empty: the supplier of the path; else that supplier or a member of the "
                    + "path's cooperative, which the caller must be allowed to manage). The file is read as it "
                    + "arrives and applied in one transaction: in strict mode (default) one bad line rejects the "
                    + "file with every error (400), in lenient mode the good lines are published and the bad ones "
                    + "listed. Each offer is announced as offer-published.v1. The same file sent again to the same "
                    + "supplier is refused (409, duplicateOf). Format: docs/csv-formats.md.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, example = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Applied: the counts and every rejected line",
            content = @Content(schema = @Schema(implementation = OfferImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Wrong header (missing or unknown columns), not UTF-8, an "
            + "unclosed quote, a bad mode, or strict mode and bad lines: errors give line, column and reason. "
            + "Nothing is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You may not manage the supplier of the path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same file was already imported into this supplier; "
            + "duplicateOf names that import. Nothing is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importOffers(
            @PathParam("id") UUID supplierId,
            @Parameter(description = "strict: all lines or none (default); lenient: the good lines")
            @QueryParam("mode") @DefaultValue("strict")
            @Pattern(regexp = "(?i)strict|lenient", message = "must be strict or lenient") String mode,
            InputStream body, @Context UriInfo uri) {
        OfferImportResponse done = OfferImportResponse.from(
                imports.run(supplierId, body, ImportMode.valueOf(mode.toUpperCase(Locale.ROOT)), caller.get()));
        return Response.created(uri.getAbsolutePathBuilder().path(done.id().toString()).build()).entity(done).build();
    }

    @GET
    @Path("/{importId}")
    @Operation(summary = "Read an import of offers", description = "Its counts and rejected lines.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OfferImportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such import for this supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferImportResponse get(@PathParam("id") UUID supplierId, @PathParam("importId") UUID importId) {
        return OfferImportResponse.from(imports.get(supplierId, importId, caller.get()));
    }
}
