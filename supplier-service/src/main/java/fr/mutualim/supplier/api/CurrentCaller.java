package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.AccessPolicy.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as its bearer token describes it. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken jwt;

    public CurrentCaller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public Caller get() {
        Set<String> roles = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        return new Caller(roles, supplierId(jwt.getClaim("supplier_id")));
    }

    private static UUID supplierId(Object claim) {
        String text = claim == null ? null : claim.toString().replace("\"", "");
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null; // a token naming no valid supplier manages none
        }
    }
}
