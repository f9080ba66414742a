package fr.mutualim.buyer.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** How much of a line one delivery site (a member canteen) needs a year, in the line's unit. */
@Embeddable
public record SiteQuantity(@Column(name = "canteen_id") UUID canteenId,
                           @Column(name = "quantity_per_year") BigDecimal quantityPerYear) {
}
