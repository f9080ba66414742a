package fr.mutualim.buyer.api;

import fr.mutualim.buyer.domain.ImportMode;
import fr.mutualim.buyer.service.PurchaseImports;
import fr.mutualim.chassis.api.Problem;
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

@Path("/purchase-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase imports", description = "Purchase files in the ma-cantine format")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"buyer", "operator", "admin"})
public class PurchaseImportResource {

    static final String CSV = "text/csv";

    private final PurchaseImports imports;

    public PurchaseImportResource(PurchaseImports imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a ma-cantine purchase file",
            description = "The raw file is the body: UTF-8 with or without BOM, comma, semicolon or tab separated, "
                    + "in one of the published ma-cantine formats (12 columns with definition_local_km, 11 with "
                    + "AUTOUR_SERVICE, or the old 8 with caracteristiques), canteens named by siret or cantine_id. "
                    + "Every line is checked before the answer: in strict mode one bad line rejects the file "
                    + "(status REJECTED), in lenient mode the good lines are imported. The import then runs "
                    + "(status RUNNING) until SUCCEEDED; poll the Location. Each purchase is announced as "
                    + "purchase-recorded.v1 once the whole import has committed.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            example = "siret;description;fournisseur;date;prix_ht;famille_produits;categories_egalim;origine;"
                    + "est_circuit_court;est_local;definition_local;definition_local_km\n"
                    + "21620041000019;Pommes Golden;GAEC des Trois Vallées;2026-03-14;412.50;FRUITS_ET_LEGUMES;"
                    + "BIO;FRANCE;OUI;OUI;KM;40")))
    @APIResponse(responseCode = "202", description = "Validated: RUNNING, or REJECTED with its errors in strict mode",
            content = @Content(schema = @Schema(implementation = PurchaseImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a ma-cantine file (header, encoding, unclosed quote), "
            + "empty, or a bad mode; errors give line and column. Nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A line names a canteen your token does not reach; "
            + "nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same file is already imported or being imported; "
            + "duplicateOf names that import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(
            @Parameter(description = "strict: all lines or none (default, like ma-cantine); lenient: the good lines")
            @QueryParam("mode") @DefaultValue("strict")
            @Pattern(regexp = "(?i)strict|lenient", message = "must be strict or lenient") String mode,
            InputStream body, @Context UriInfo uri) {
        PurchaseImportResponse created = PurchaseImportResponse.from(
                imports.start(body, ImportMode.valueOf(mode.toUpperCase(Locale.ROOT))));
        return Response.accepted(created)
                .location(uri.getBaseUriBuilder().path("purchase-imports").path(created.id().toString()).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an import", description = "Its status, counts, progress and first errors.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PurchaseImportResponse.class)))
    @APIResponse(responseCode = "403", description = "The import was sent by someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseImportResponse get(@PathParam("id") UUID id) {
        return PurchaseImportResponse.from(imports.get(id));
    }
}
