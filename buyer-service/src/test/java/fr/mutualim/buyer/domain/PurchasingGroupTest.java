package fr.mutualim.buyer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutualim.buyer.domain.PendingMembership.Side;
import fr.mutualim.buyer.domain.PurchasingGroup.Consent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Membership needs the group's yes and the canteen's; the second one makes a member and a new version. */
class PurchasingGroupTest {

    private static final Instant T0 = Instant.parse("2026-03-14T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-15T09:00:00Z");
    private static final Predicate<UUID> NOBODY = c -> false;
    private static final Predicate<UUID> EVERYBODY = c -> true;

    private static PurchasingGroupDetails details(UUID... members) {
        return new PurchasingGroupDetails("Artois", "Département du Pas-de-Calais", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31), List.of(members));
    }

    @Test
    void aGroupCreatedByItsSideAloneInvitesItsListedCanteensAndCreatedForBothSidesHasThemAsMembers() {
        UUID canteen = UUID.randomUUID();
        PurchasingGroup invited = PurchasingGroup.create(UUID.randomUUID(), details(canteen), NOBODY, T0);
        assertEquals(List.of(), invited.sortedMembers());
        assertEquals(List.of(canteen), invited.sortedInvitations());
        assertEquals(T0, invited.pendingOf(canteen).orElseThrow().askedAt());

        PurchasingGroup joined = PurchasingGroup.create(UUID.randomUUID(), details(canteen), EVERYBODY, T0);
        assertEquals(List.of(canteen), joined.sortedMembers());
        assertEquals(List.of(), joined.sortedInvitations());
        assertEquals(1, joined.version());
    }

    @Test
    void theSecondYesMakesAMemberWhicheverSideGivesItAndTheFirstWaitsWithoutChangingTheVersion() {
        PurchasingGroup group = PurchasingGroup.create(UUID.randomUUID(), details(), NOBODY, T0);
        UUID invited = UUID.randomUUID();
        UUID asking = UUID.randomUUID();

        assertEquals(Consent.PENDING, group.consent(invited, Side.GROUP, false, T0));
        assertEquals(Consent.PENDING, group.consent(invited, Side.GROUP, false, T1), "asking twice still waits");
        assertEquals(Consent.PENDING, group.consent(asking, Side.CANTEEN, false, T0));
        assertEquals(1, group.version());
        assertEquals(List.of(invited), group.sortedInvitations());
        assertEquals(List.of(asking), group.sortedJoinRequests());
        assertEquals(T0, group.pendingOf(invited).orElseThrow().askedAt(), "the first invitation's time is kept");
        assertEquals(Side.CANTEEN, group.pendingOf(asking).orElseThrow().askedBy());

        assertEquals(Consent.JOINED, group.consent(invited, Side.CANTEEN, false, T1));
        assertEquals(Consent.JOINED, group.consent(asking, Side.GROUP, false, T1));
        assertEquals(3, group.version());
        assertEquals(T1, group.changedAt());
        assertEquals(sorted(invited, asking), group.sortedMembers());
        assertEquals(List.of(), group.sortedInvitations());
        assertEquals(List.of(), group.sortedJoinRequests());
        assertEquals(Consent.ALREADY_MEMBER, group.consent(invited, Side.GROUP, false, T1));
        assertEquals(3, group.version());
    }

    @Test
    void aCallerSpeakingForBothSidesMakesAMemberAtOnce() {
        PurchasingGroup group = PurchasingGroup.create(UUID.randomUUID(), details(), NOBODY, T0);
        UUID canteen = UUID.randomUUID();
        assertEquals(Consent.JOINED, group.consent(canteen, Side.CANTEEN, true, T1));
        assertEquals(List.of(canteen), group.sortedMembers());
        assertEquals(2, group.version());
    }

    @Test
    void partingRemovesAMemberWithANewVersionAndDropsAWaitingYesWithout() {
        UUID member = UUID.randomUUID();
        UUID invited = UUID.randomUUID();
        PurchasingGroup group = PurchasingGroup.create(UUID.randomUUID(), details(member), EVERYBODY, T0);
        group.consent(invited, Side.GROUP, false, T0);

        assertFalse(group.part(invited, T1));
        assertEquals(List.of(), group.sortedInvitations());
        assertEquals(1, group.version());
        assertTrue(group.part(member, T1));
        assertEquals(List.of(), group.sortedMembers());
        assertEquals(2, group.version());
        assertFalse(group.part(member, T1));
    }

    @Test
    void aReplacementByTheGroupAloneKeepsListedMembersAcceptsListedRequestsAndInvitesTheRest() {
        UUID kept = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID asking = UUID.randomUUID();
        UUID askingUnlisted = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        PurchasingGroup group = PurchasingGroup.create(UUID.randomUUID(), details(kept, dropped), EVERYBODY, T0);
        group.consent(asking, Side.CANTEEN, false, T0);
        group.consent(askingUnlisted, Side.CANTEEN, false, T0);
        group.consent(withdrawn, Side.GROUP, false, T0);

        assertTrue(group.replace(details(kept, asking, newcomer), NOBODY, T1));
        assertEquals(sorted(kept, asking), group.sortedMembers());
        assertEquals(List.of(newcomer), group.sortedInvitations(), "the unlisted invitation was withdrawn");
        assertEquals(List.of(askingUnlisted), group.sortedJoinRequests(), "an unlisted request keeps waiting");
        assertEquals(2, group.version());

        assertFalse(group.replace(details(asking, newcomer, kept), NOBODY, T1), "the same state again");
        assertEquals(2, group.version());
        assertTrue(group.replace(details(kept, asking, newcomer), EVERYBODY, T1), "an admin's replacement");
        assertEquals(sorted(kept, asking, newcomer), group.sortedMembers());
        assertEquals(List.of(), group.sortedInvitations());
        assertEquals(3, group.version());
    }

    /** Ids in the order of the API and the events. */
    private static List<UUID> sorted(UUID... ids) {
        return PurchasingGroup.sorted(List.of(ids));
    }
}
