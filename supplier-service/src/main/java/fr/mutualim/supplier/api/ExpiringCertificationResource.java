package fr.mutualim.supplier.api;

import fr.mutualim.supplier.service.Certifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/certifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications")
@SecurityRequirement(name = "SecurityScheme")
public class ExpiringCertificationResource {

    private final Certifications certifications;

    public ExpiringCertificationResource(Certifications certifications) {
        this.certifications = certifications;
    }

    @GET
    @Path("/expiring")
    @RolesAllowed({"operator", "admin"})
    @Operation(summary = "Certificates to renew", description = "Those in force today whose last valid day is within "
            + "'withinDays' days, soonest first: renewal reminders.")
    public List<CertificationResponse> expiring(
            @Parameter(example = "60") @QueryParam("withinDays") @DefaultValue("60") @Min(0) @Max(730) int withinDays) {
        LocalDate today = Dates.today();
        return certifications.expiring(today, withinDays).stream().map(c -> CertificationResponse.from(c, today)).toList();
    }
}
