package fr.mutualim.buyer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a purchasing group's coordinator declares: its name, the coordinating body, the period it
 * tenders for (both days included) and its member canteens, in the order the caller gave them.
 */
public record PurchasingGroupDetails(String name, String coordinator, LocalDate startDate, LocalDate endDate,
                                     List<UUID> memberCanteenIds) {

    public static final String END_DATE = "endDate";
    public static final String MEMBERS = "memberCanteenIds";

    public PurchasingGroupDetails {
        memberCanteenIds = List.copyOf(memberCanteenIds);
    }

    /** One broken rule: which field, and why. */
    public record Violation(String field, String message) {
    }

    /** The rules that need nothing but the details themselves: a period that ends after it starts, no member twice. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (endDate.isBefore(startDate)) {
            violations.add(new Violation(END_DATE, "must not be before startDate (" + startDate + ")"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < memberCanteenIds.size(); i++) {
            if (!seen.add(memberCanteenIds.get(i))) {
                violations.add(new Violation(member(i), "canteen " + memberCanteenIds.get(i) + " is listed twice"));
            }
        }
        return violations;
    }

    /** The JSON path of the i-th member. */
    public static String member(int i) {
        return MEMBERS + "[" + i + "]";
    }
}
