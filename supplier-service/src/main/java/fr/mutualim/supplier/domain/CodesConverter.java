package fr.mutualim.supplier.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores a small set of codes as one comma-separated column, sorted so equal sets store equally. */
public abstract class CodesConverter<T extends Comparable<T>> implements AttributeConverter<Set<T>, String> {

    private final Function<String, T> parse;
    private final Function<T, String> format;

    protected CodesConverter(Function<String, T> parse, Function<T, String> format) {
        this.parse = parse;
        this.format = format;
    }

    @Override
    public String convertToDatabaseColumn(Set<T> codes) {
        return new TreeSet<>(codes).stream().map(format).collect(Collectors.joining(","));
    }

    @Override
    public Set<T> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }

    @Converter
    public static class Families extends CodesConverter<ProductFamily> {
        public Families() {
            super(ProductFamily::valueOf, Enum::name);
        }
    }

    @Converter
    public static class Strings extends CodesConverter<String> {
        public Strings() {
            super(Function.identity(), Function.identity());
        }
    }

    @Converter
    public static class Days extends CodesConverter<java.time.DayOfWeek> {
        public Days() {
            super(java.time.DayOfWeek::valueOf, Enum::name);
        }
    }
}
