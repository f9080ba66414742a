package fr.mutualim.buyer.service;

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
 * What the caller's token reaches: an admin every canteen, a buyer the canteens of its
 * {@code canteen_ids} claim. An operator reaches no canteen until purchasing groups exist (its
 * {@code group_ids} claim will then name them). Use cases ask here before reading or changing a
 * canteen's data.
 */
@RequestScoped
public class Access {

    private final JsonWebToken jwt;

    public Access(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    /** Who asks, as the token names them. */
    public String caller() {
        return jwt.getName();
    }

    public boolean admin() {
        return jwt.getGroups().contains("admin");
    }

    /** The canteens the caller reaches, or empty when it reaches all of them. */
    public Optional<Set<UUID>> canteens() {
        if (admin()) {
            return Optional.empty();
        }
        Set<UUID> reached = new HashSet<>();
        if (jwt.getGroups().contains("buyer")) {
            reached.addAll(uuids("canteen_ids"));
        }
        return Optional.of(reached);
    }

    public boolean reaches(UUID canteenId) {
        return canteens().map(ids -> ids.contains(canteenId)).orElse(true);
    }

    /** Refuses, before anything is read or written, a canteen the token does not reach. */
    public void requireCanteen(UUID canteenId) {
        if (!reaches(canteenId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token does not reach canteen " + canteenId);
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
