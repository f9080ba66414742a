package fr.mutualim.egalimtracker.api;

import fr.mutualim.egalimtracker.domain.Bucket;
import fr.mutualim.egalimtracker.domain.Family;
import fr.mutualim.egalimtracker.domain.Shares;
import fr.mutualim.egalimtracker.domain.TargetCheck;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Amounts (€ HT) and shares (%, 2 decimals, null when nothing was bought) of a set of purchase lines. */
@Schema(description = "EGAlim amounts (€ HT) and shares (%, rounded to 2 decimals as the law compares them; null when "
        + "the denominator is zero). Each line counts once, in the first label group it matches (precedence "
        + "BIO > LABEL_ROUGE > AOCAOP/IGP/STG > HVE > PECHE_DURABLE > RUP > COMMERCE_EQUITABLE > FERMIER > "
        + "EXTERNALITES > PERFORMANCE). FRANCE, EUROPE, CIRCUIT_COURT and LOCAL never count for EGAlim.")
public record FiguresDto(
        @Schema(example = "1250") long purchaseCount,
        @Schema(example = "182340.55") BigDecimal total,
        @Schema(example = "38290.10", description = "organic, conversion included") BigDecimal bio,
        @Schema(example = "92011.37", description = "all EGAlim groups, organic included") BigDecimal durableAndQuality,
        @Schema(example = "21.00") BigDecimal bioPercent,
        @Schema(example = "50.46") BigDecimal durableAndQualityPercent,
        @Schema(description = "every label group after precedence, NON_EGALIM last; they add up to total")
        List<BucketDto> buckets,
        @Schema(description = "every product family") List<FamilyDto> families,
        MeatAndFishDto meatAndFish,
        LocalDto local,
        @Schema(description = "lines with the FRANCE characteristic (information only)") PartDto originFrance) {

    @Schema(description = "One label group after precedence.")
    public record BucketDto(@Schema(example = "LABEL_ROUGE") Bucket bucket, @Schema(example = "12040.00") BigDecimal amount,
                            @Schema(example = "6.60") BigDecimal percent) {
    }

    @Schema(description = "One product family (ma-cantine code).")
    public record FamilyDto(@Schema(example = "VIANDES_VOLAILLES") Family family,
                            @Schema(example = "40210.00") BigDecimal total,
                            @Schema(example = "25110.00", description = "lines carrying any EGAlim label") BigDecimal egalim,
                            @Schema(example = "8000.00") BigDecimal bio,
                            @Schema(example = "31000.00") BigDecimal originFrance) {
    }

    @Schema(description = "VIANDES_VOLAILLES and PRODUITS_DE_LA_MER taken together (charcuterie is not in it).")
    public record MeatAndFishDto(@Schema(example = "52000.00") BigDecimal total,
                                 @Schema(example = "31500.00", description = "lines carrying any EGAlim label")
                                 BigDecimal egalim,
                                 @Schema(example = "60.58") BigDecimal percent) {
    }

    @Schema(description = "Bought locally by the canteen's declared definition: a territorial indicator, never EGAlim.")
    public record LocalDto(@Schema(example = "45000.00") BigDecimal total, @Schema(example = "24.68") BigDecimal percent,
                           @Schema(description = "amount per declared definition (PAT, COMMUNE, DEPARTEMENT, REGION, KM, "
                                   + "AUTOUR_SERVICE, AUTRE; NON_PRECISEE when none was declared)",
                                   example = "{\"KM\": 30000.00, \"PAT\": 15000.00}")
                           Map<String, BigDecimal> byDefinition) {
    }

    @Schema(description = "A part of the total.")
    public record PartDto(@Schema(example = "120000.00") BigDecimal total, @Schema(example = "65.81") BigDecimal percent) {
    }

    @Schema(description = "One target of the territory for the year: met when the share rounded to 2 decimals is at least the target.")
    public record TargetDto(@Schema(example = "BIO") String target,
                            @Schema(example = "20") BigDecimal targetPercent,
                            @Schema(example = "19.99", description = "null when nothing counts in the denominator")
                            BigDecimal sharePercent,
                            @Schema(example = "false") boolean met) {

        static List<TargetDto> of(List<TargetCheck> checks) {
            return checks.stream().map(c -> new TargetDto(c.target().name(), c.targetPercent(), c.sharePercent(), c.met()))
                    .toList();
        }
    }

    static FiguresDto of(Shares s) {
        List<BucketDto> buckets = Arrays.stream(Bucket.values())
                .map(b -> new BucketDto(b, s.buckets().getOrDefault(b, BigDecimal.ZERO.setScale(2)), s.bucketPercent(b)))
                .toList();
        List<FamilyDto> families = Arrays.stream(Family.values()).map(f -> {
            Shares.FamilyAmounts a = s.family(f);
            return new FamilyDto(f, a.total(), a.egalim(), a.bio(), a.originFrance());
        }).toList();
        return new FiguresDto(s.purchases(), s.total(), s.bio(), s.durableAndQuality(), s.bioPercent(),
                s.durableAndQualityPercent(), buckets, families,
                new MeatAndFishDto(s.meatAndFish(), s.meatAndFishEgalim(), s.meatAndFishPercent()),
                new LocalDto(s.local(), s.localPercent(), s.localByDefinition()),
                new PartDto(s.originFrance(), s.originFrancePercent()));
    }
}
