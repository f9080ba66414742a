package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.Siret;
import fr.mutualim.supplier.domain.SupplierDetails;
import fr.mutualim.supplier.domain.SupplierKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A supplier registering itself in the directory.")
public record RegisterSupplierRequest(
        @NotNull @ValidSiret @Schema(example = "73282932000074", description = "14 digits, Luhn-valid (La Poste exception handled)")
        String siret,
        @NotBlank @Size(max = 200) @Schema(example = "GAEC des Trois Vallées") String legalName,
        @Size(max = 200) @Schema(example = "Les Trois Vallées") String tradeName,
        @NotNull @Schema(example = "PRODUCER") SupplierKind kind,
        @NotNull @Valid Address address,
        @NotNull @Min(1) @Max(1000) @Schema(example = "80", description = "how far it delivers, km")
        Integer deliveryRadiusKm) {

    @Schema(name = "SupplierAddress")
    public record Address(
            @Size(max = 200) @Schema(example = "12 route de Saint-Omer") String street,
            @NotNull @Pattern(regexp = "\\d{5}", message = "must be 5 digits") @Schema(example = "62500") String postalCode,
            @NotBlank @Size(max = 100) @Schema(example = "Arques") String commune,
            @NotNull @Pattern(regexp = "\\d[\\dAB]\\d{3}", message = "must be an INSEE commune code (5 characters, 2A/2B for Corsica)")
            @Schema(example = "62040") String inseeCode,
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) @Schema(example = "50.7370")
            BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) @Schema(example = "2.3050")
            BigDecimal longitude) {
    }

    SupplierDetails toDetails() {
        return new SupplierDetails(new Siret(siret), legalName.strip(), tradeName == null ? null : tradeName.strip(),
                kind, address.street(), address.postalCode(), address.commune().strip(), address.inseeCode(),
                address.latitude(), address.longitude(), deliveryRadiusKm);
    }
}
