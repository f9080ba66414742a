package fr.mutualim.chassis.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many items there are in all. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "0-based page number", example = "0") int page,
        @Schema(description = "page size asked for", example = "20") int size,
        @Schema(example = "42") long totalItems,
        @Schema(example = "3") int totalPages) {

    /** Largest page size any list endpoint accepts. */
    public static final int MAX_SIZE = 200;

    /** Largest page number: keeps page × size far from integer overflow in the query offset. */
    public static final int MAX_PAGE = 1_000_000;

    public static <T> PageResponse<T> of(List<T> items, long totalItems, int page, int size) {
        return new PageResponse<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
