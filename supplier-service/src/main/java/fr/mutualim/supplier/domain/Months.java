package fr.mutualim.supplier.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * Months of the year (1 to 12) as a bit mask, bit 0 for January: "available in every requested
 * month" is then one bitwise test, in Java and in SQL alike.
 */
public final class Months {

    private Months() {
    }

    public static int mask(Set<Integer> months) {
        int mask = 0;
        for (int month : months) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month + " is not between 1 and 12");
            }
            mask |= 1 << (month - 1);
        }
        return mask;
    }

    public static Set<Integer> of(int mask) {
        Set<Integer> months = new TreeSet<>();
        for (int month = 1; month <= 12; month++) {
            if ((mask & (1 << (month - 1))) != 0) {
                months.add(month);
            }
        }
        return months;
    }

    /** Whether every month of {@code requested} is in {@code available}. */
    public static boolean covers(int available, int requested) {
        return (available & requested) == requested;
    }
}
