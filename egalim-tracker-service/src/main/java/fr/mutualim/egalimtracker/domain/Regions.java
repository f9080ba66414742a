package fr.mutualim.egalimtracker.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Départements and their régions (INSEE codes), from {@code departements-regions.csv}. */
public final class Regions {

    /** A région: its INSEE code, name and départements. */
    public record Region(String code, String name, List<String> departments) {
    }

    private final Map<String, String> regionOfDepartment;
    private final Map<String, Region> regions;

    private Regions(Map<String, String> regionOfDepartment, Map<String, Region> regions) {
        this.regionOfDepartment = regionOfDepartment;
        this.regions = regions;
    }

    public static Regions shipped() {
        try (InputStream in = Objects.requireNonNull(Regions.class.getResourceAsStream("/departements-regions.csv"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> regionOf = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            reader.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                    .skip(1) // header
                    .map(l -> l.split(",", -1)).forEach(f -> {
                        regionOf.put(f[0], f[1]);
                        names.put(f[1], f[2]);
                    });
            Map<String, Region> regions = new TreeMap<>();
            names.forEach((code, name) -> regions.put(code, new Region(code, name, regionOf.entrySet().stream()
                    .filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).toList())));
            return new Regions(regionOf, regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<Region> regionOf(String departmentCode) {
        return Optional.ofNullable(regionOfDepartment.get(departmentCode)).map(regions::get);
    }
}
