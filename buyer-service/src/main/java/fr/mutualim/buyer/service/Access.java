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
 * What the caller's token reaches. Use cases ask here before reading or changing anything.
 *
 * <ul>
 *   <li>{@code admin}: every canteen and every purchasing group, to read and to change.</li>
 *   <li>{@code buyer}: the canteens of its {@code canteen_ids} claim, to read and to change; the
 *       purchasing groups those canteens are members of, to read only.</li>
 *   <li>{@code operator}: the purchasing groups of its {@code group_ids} claim, to read and to
 *       change (create, replace, invite and remove canteens); the member canteens of those groups and
 *       their purchases, to read only. Entries of {@code group_ids} that are not UUIDs reach nothing.</li>
 * </ul>
 *
 * Membership of a group needs the yes of both sides: the group's, said by whoever may change it
 * ({@link #requireGroupChange}), and the canteen's, said by whoever answers for it
 * ({@link #answersForCanteen}). An admin answers for both.
 *
 * A token with several roles reaches the union. What is reached through group membership is read
 * once per request.
 */
@RequestScoped
public class Access {

    private final JsonWebToken jwt;
    private final PurchasingGroupRepository groups;
    private Set<UUID> readableCanteens;
    private Set<UUID> readableGroups;

    public Access(JsonWebToken jwt, PurchasingGroupRepository groups) {
        this.jwt = jwt;
        this.groups = groups;
    }

    /** Who asks, as the token names them. */
    public String caller() {
        return jwt.getName();
    }

    public boolean admin() {
        return jwt.getGroups().contains("admin");
    }

    /** The canteens the caller may read, or empty when it reaches all of them. */
    public Optional<Set<UUID>> canteens() {
        if (admin()) {
            return Optional.empty();
        }
        if (readableCanteens == null) {
            Set<UUID> reached = new HashSet<>(ownCanteens());
            reached.addAll(groups.membersOf(coordinatedGroups()));
            readableCanteens = Set.copyOf(reached);
        }
        return Optional.of(readableCanteens);
    }

    /** Whether the caller may read this canteen and its purchases. */
    public boolean reaches(UUID canteenId) {
        return canteens().map(ids -> ids.contains(canteenId)).orElse(true);
    }

    /** Whether the caller may change this canteen's purchases: an admin, or a buyer of the canteen. */
    public boolean changes(UUID canteenId) {
        return admin() || ownCanteens().contains(canteenId);
    }

    /** Refuses, before anything is read or written, a canteen the token does not reach. */
    public void requireCanteen(UUID canteenId) {
        if (!reaches(canteenId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token does not reach canteen " + canteenId);
        }
    }

    /** Refuses, before anything is written, a change to a canteen's purchases the token may not make. */
    public void requireCanteenChange(UUID canteenId) {
        requireCanteen(canteenId);
        if (!changes(canteenId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Your token may read canteen " + canteenId + " through its purchasing groups, not change it");
        }
    }

    /** The purchasing groups the caller may read, or empty when it reaches all of them. */
    public Optional<Set<UUID>> purchasingGroups() {
        if (admin()) {
            return Optional.empty();
        }
        if (readableGroups == null) {
            Set<UUID> reached = new HashSet<>(coordinatedGroups());
            reached.addAll(groups.groupsOf(ownCanteens()));
            readableGroups = Set.copyOf(reached);
        }
        return Optional.of(readableGroups);
    }

    /** Refuses, before anything is read, a purchasing group the token does not reach. */
    public void requireGroup(UUID groupId) {
        if (!purchasingGroups().map(ids -> ids.contains(groupId)).orElse(true)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token does not reach purchasing group " + groupId);
        }
    }

    /**
     * Whether the caller says the canteen's yes to a group membership: an admin, or a buyer of the
     * canteen. Never an operator that reads the canteen through a group.
     */
    public boolean answersForCanteen(UUID canteenId) {
        return changes(canteenId);
    }

    /** Refuses, before anything is read or written, a membership answer the token may not give for the canteen. */
    public void requireCanteenAnswer(UUID canteenId) {
        if (!answersForCanteen(canteenId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only a buyer whose token names canteen " + canteenId + " in canteen_ids, or an admin, may answer "
                            + "for it about purchasing groups");
        }
    }

    /** Whether the caller says the group's yes to a membership: an admin, or an operator naming the group. */
    public boolean answersForGroup(UUID groupId) {
        return admin() || coordinatedGroups().contains(groupId);
    }

    /** Refuses, before anything is written, a purchasing group the token does not coordinate. */
    public void requireGroupChange(UUID groupId) {
        if (!answersForGroup(groupId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only an operator whose token names purchasing group " + groupId + " in group_ids, or an admin, "
                            + "may change it");
        }
    }

    /** The canteens a buyer token names. */
    private Set<UUID> ownCanteens() {
        return jwt.getGroups().contains("buyer") ? uuids("canteen_ids") : Set.of();
    }

    /** The purchasing groups an operator token names. */
    private Set<UUID> coordinatedGroups() {
        return jwt.getGroups().contains("operator") ? uuids("group_ids") : Set.of();
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
