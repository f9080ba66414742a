package fr.mutualim.supplier.api;

import fr.mutualim.supplier.domain.Siret;
import fr.mutualim.supplier.domain.SizeClass;
import fr.mutualim.supplier.domain.SupplierDetails;
import fr.mutualim.supplier.domain.SupplierKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A supplier's profile: sent to register it (POST) and to replace it (PUT, same SIRET).")
public record RegisterSupplierRequest(
        @NotNull @ValidSiret @Schema(example = "73282932000074", description = "14 digits, Luhn-valid (La Poste exception handled)")
        String siret,
        @NotBlank @Size(max = 200) @Schema(example = "GAEC des Trois Vallées") String legalName,
        @Size(max = 200) @Schema(example = "Les Trois Vallées") String tradeName,
        @NotNull @Schema(example = "PRODUCER") SupplierKind kind,
        @NotNull @Schema(example = "MICRO", description = "MICRO < 10 staff, SMALL < 50, MEDIUM < 250, LARGE") SizeClass sizeClass,
        @NotNull @Schema(example = "true", description = "small or medium-sized enterprise (PME)") Boolean sme,
        @NotNull @Valid Address address,
        @NotNull @Min(1) @Max(1000) @Schema(example = "80", description = "how far it delivers, km")
        Integer deliveryRadiusKm,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "150.00", description = "€ HT")
        BigDecimal minimumOrderExclTax,
        @NotNull @Min(0) @Max(10) @Schema(example = "0", description = "between producer and buyer: 0 = direct sale, at most 1 = short chain")
        Integer intermediaries,
        @Valid Contact contact,
        @Schema(description = "the cooperative this supplier belongs to; its manager may then manage this supplier",
                example = "3f6b1c2d-9a7e-4b1f-8c2d-5e6f7a8b9c0d")
        UUID cooperativeId) {

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

    @Schema(name = "SupplierContact", description = "Shown to buyers and operators, never to other producers.")
    public record Contact(
            @NotBlank @Size(max = 200) @Schema(example = "Marie Lefebvre") String name,
            @Email @Size(max = 200) @Schema(example = "contact@trois-vallees.fr") String email,
            @Pattern(regexp = "\\+?[0-9 .]{6,20}", message = "must be a phone number") @Schema(example = "+33 3 21 00 00 00")
            String phone) {
    }

    SupplierDetails toDetails() {
        fr.mutualim.supplier.domain.Contact who = contact == null ? null
                : new fr.mutualim.supplier.domain.Contact(contact.name().strip(), contact.email(), contact.phone());
        return new SupplierDetails(new Siret(siret), legalName.strip(), tradeName == null ? null : tradeName.strip(),
                kind, sizeClass, sme, address.street(), address.postalCode(), address.commune().strip(),
                address.inseeCode(), address.latitude(), address.longitude(), deliveryRadiusKm, minimumOrderExclTax,
                intermediaries, who, cooperativeId);
    }
}
