package fr.mutualim.buyer.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of labels as their codes, comma-separated, in declaration order. */
@Converter
public class LabelsConverter implements AttributeConverter<Set<PurchaseLabel>, String> {

    @Override
    public String convertToDatabaseColumn(Set<PurchaseLabel> labels) {
        return labels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<PurchaseLabel> convertToEntityAttribute(String codes) {
        EnumSet<PurchaseLabel> labels = EnumSet.noneOf(PurchaseLabel.class);
        if (!codes.isEmpty()) {
            Arrays.stream(codes.split(",")).map(PurchaseLabel::valueOf).forEach(labels::add);
        }
        return labels;
    }
}
