package fr.mutualim.lotplanner.service;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller's token reaches in the planner.
 *
 * <ul>
 *   <li>{@code admin}: everything.</li>
 *   <li>{@code operator}: the campaigns and plans of the purchasing groups its {@code group_ids} claim
 *       names; only an operator of the group plans and publishes.</li>
 *   <li>{@code producer}: the published opportunities of its {@code supplier_id}, and of the member
 *       suppliers of the cooperative it is (a cooperative manager sees its members').</li>
 * </ul>
 */
@RequestScoped
public class Access {

    private final JsonWebToken jwt;

    public Access(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String caller() {
        return jwt.getName() == null ? "unknown" : jwt.getName();
    }

    public boolean admin() {
        return jwt.getGroups().contains("admin");
    }

    /** The groups the caller operates, or empty when it reaches all of them (admin). */
    public Optional<Set<UUID>> operatedGroups() {
        if (admin()) {
            return Optional.empty();
        }
        return Optional.of(jwt.getGroups().contains("operator") ? uuids("group_ids") : Set.of());
    }

    /** Refuses, before anything is read or written, a group the caller does not operate. */
    public void requireGroup(UUID groupId) {
        if (!operatedGroups().map(ids -> ids.contains(groupId)).orElse(true)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only an operator whose token names purchasing group "
                    + groupId + " in group_ids, or an admin, may read or plan its campaigns");
        }
    }

    /** The supplier a producer token acts for, if any. */
    public Optional<UUID> supplier() {
        if (!jwt.getGroups().contains("producer")) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim("supplier_id");
        return claim == null ? Optional.empty() : parse(claim instanceof JsonString s ? s.getString() : claim.toString());
    }

    /**
     * Refuses another producer's opportunities. Operators and admins may look at any supplier's (to
     * help a producer find its lots); a producer sees its own, and a cooperative those of its members.
     */
    public void requireSupplier(UUID supplierId, Optional<UUID> cooperativeOfSupplier) {
        if (admin() || jwt.getGroups().contains("operator")) {
            return;
        }
        Optional<UUID> own = supplier();
        boolean reached = own.isPresent()
                && (own.get().equals(supplierId) || own.equals(cooperativeOfSupplier));
        if (!reached) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Your token does not act for supplier " + supplierId + " nor for its cooperative");
        }
    }

    /** A claim holding an array of UUID strings; entries that are not UUIDs reach nothing. */
    private Set<UUID> uuids(String claim) {
        Object value = jwt.getClaim(claim);
        Set<UUID> ids = new HashSet<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> parse(v instanceof JsonString s ? s.getString() : v.toString()).ifPresent(ids::add));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> parse(String.valueOf(v)).ifPresent(ids::add));
        }
        return ids;
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
