package fr.mutualim.egalimtracker.service;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the caller's token reaches, with the scoping rules of buyer-service (docs/security.md):
 * <ul>
 *   <li>{@code admin}: every canteen and purchasing group;</li>
 *   <li>{@code buyer}: the canteens of its {@code canteen_ids} claim, and no group figures (a group's
 *       sum includes other buyers' canteens);</li>
 *   <li>{@code operator}: the purchasing groups of its {@code group_ids} claim and their member
 *       canteens, as this service last heard of them on groups.events.</li>
 * </ul>
 * Checked before anything is read: a canteen out of scope is a 403 even when it does not exist.
 */
@RequestScoped
public class Access {

    private final JsonWebToken jwt;
    private final EntityManager em;

    public Access(JsonWebToken jwt, EntityManager em) {
        this.jwt = jwt;
        this.em = em;
    }

    public boolean admin() {
        return jwt.getGroups().contains("admin");
    }

    public void requireCanteen(UUID canteenId) {
        if (admin() || own("buyer", "canteen_ids").contains(canteenId) || memberOfCoordinatedGroup(canteenId)) {
            return;
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "Your token does not reach canteen " + canteenId);
    }

    public void requireGroup(UUID groupId) {
        if (!admin() && !own("operator", "group_ids").contains(groupId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token does not reach purchasing group " + groupId
                    + ": only an operator whose group_ids names it, or an admin, reads a group's figures");
        }
    }

    private boolean memberOfCoordinatedGroup(UUID canteenId) {
        Set<UUID> groups = own("operator", "group_ids");
        return !groups.isEmpty() && !em.createNativeQuery(
                        "select 1 from group_member where canteen_id = ?1 and group_id = any(?2)")
                .setParameter(1, canteenId).setParameter(2, groups.toArray(UUID[]::new))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The ids of a scoping claim, for a token with the role; entries that are not UUIDs reach nothing. */
    private Set<UUID> own(String role, String claim) {
        if (!jwt.getGroups().contains(role)) {
            return Set.of();
        }
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
