package fr.mutualim.supplier.api;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.supplier.domain.CpvCode;
import fr.mutualim.supplier.domain.GeoPoint;
import fr.mutualim.supplier.domain.MatchIndex;
import fr.mutualim.supplier.domain.SearchCriteria;
import fr.mutualim.supplier.domain.Unit;
import fr.mutualim.supplier.service.SupplierSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/supplier-matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Who can really supply this?")
@SecurityRequirement(name = "SecurityScheme")
public class SupplierMatchResource {

    private static final String POINT = "-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?";
    private static final Set<String> EGALIM_LABELS = Set.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER");

    private final SupplierSearch search;

    public SupplierMatchResource(SupplierSearch search) {
        this.search = search;
    }

    @GET
    @RolesAllowed({"producer", "buyer", "operator", "admin"})
    @Operation(summary = "Find the suppliers that can supply a product",
            description = "Suppliers with an active offer under the CPV code or prefix that can deliver the quantity "
                    + "over the months asked, whose radius reaches every delivery point, and whose certificates give "
                    + "the required label on the reference date. One match per supplier (its offer with the most "
                    + "capacity). Ranked by coverage, capacity margin (largest first), distance to the farthest point "
                    + "(nearest first), short chain first. A CPV code stands for its category: trailing zeros are "
                    + "dropped (15500000-3 means every code starting 155).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SupplierMatchesResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid criteria, with the parameter at fault",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "explain names an unknown supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierMatchesResponse search(
            @Parameter(description = "CPV code (03222321-9) or prefix (2 to 8 digits)", example = "03222")
            @QueryParam("cpv") @NotNull @Pattern(regexp = CpvCode.FORMAT + "|" + CpvCode.PREFIX_FORMAT,
                    message = "must be a CPV code like 03222321-9 or 2 to 8 leading digits") String cpv,
            @Parameter(description = "quantity needed over the months, in the offer's unit", example = "5000")
            @QueryParam("quantity") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
            @Parameter(description = "only offers sold in this unit", example = "KG") @QueryParam("unit") Unit unit,
            @Parameter(description = "months needed, 1 to 12, repeated", example = "9")
            @QueryParam("months") @NotEmpty @Size(max = 12) List<@NotNull @Min(1) @Max(12) Integer> months,
            @Parameter(description = "delivery point 'latitude,longitude', repeated: every one must be served",
                    example = "50.2910,2.7775")
            @QueryParam("point") @NotEmpty @Size(max = 50)
            List<@NotNull @Pattern(regexp = POINT, message = "must be 'latitude,longitude' in decimal degrees") String> point,
            @Parameter(description = "EGAlim label the product must carry", example = "BIO") @QueryParam("label") String label,
            @Parameter(description = "date the label must be valid on; today by default", example = "2027-01-01")
            @QueryParam("date") LocalDate date,
            @Parameter(description = "a supplier to explain: why it is or is not a match") @QueryParam("explain") UUID explain,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        // Java parameter names match the query parameters: problems name them as the client wrote them.
        if (label != null && !EGALIM_LABELS.contains(label)) {
            throw ProblemException.invalid("label", "'" + label + "' is not one of " + EGALIM_LABELS.stream().sorted().toList());
        }
        SearchCriteria criteria = new SearchCriteria(SearchCriteria.prefixOf(cpv), quantity, unit, new HashSet<>(months),
                points(point), label, date == null ? Dates.today() : date);
        MatchIndex.Page results = search.search(criteria, page, size);
        PageResponse<SupplierMatchResponse> matches = PageResponse.of(
                results.hits().stream().map(SupplierMatchResponse::from).toList(), results.total(), page, size);
        return new SupplierMatchesResponse(matches.items(), page, size, matches.totalItems(), matches.totalPages(),
                explain == null ? null : SupplierMatchesResponse.Explanation.from(search.explain(criteria, explain)));
    }

    private static List<GeoPoint> points(List<String> texts) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String[] parts = texts.get(i).split(",");
            try {
                points.add(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("point[" + i + "]", e.getMessage());
            }
        }
        return points;
    }
}
