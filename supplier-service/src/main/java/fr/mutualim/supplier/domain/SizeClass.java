package fr.mutualim.supplier.domain;

/** Company size class (EU definitions: micro < 10 staff, small < 50, medium < 250, large beyond). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
