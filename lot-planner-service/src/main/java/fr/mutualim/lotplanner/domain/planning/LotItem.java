package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A (demand line, delivery site) pair, or the season part of one: {@code months} the months it covers,
 * {@code quantity} per year (pro rata of months for a season part), {@code annualValue} in euros HT.
 */
public record LotItem(UUID lineId, UUID canteenId, Set<Integer> months, BigDecimal quantity, BigDecimal annualValue) {}
