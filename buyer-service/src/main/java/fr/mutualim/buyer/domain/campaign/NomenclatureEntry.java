package fr.mutualim.buyer.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a nomenclature: the CPV codes starting with {@code cpvPrefix} are of this category. */
@Embeddable
public record NomenclatureEntry(@Column(name = "cpv_prefix") String cpvPrefix,
                                @Column(name = "category_code") String categoryCode,
                                @Column(name = "category_label") String categoryLabel) {

    public HomogeneousCategory category() {
        return new HomogeneousCategory(categoryCode, categoryLabel);
    }
}
