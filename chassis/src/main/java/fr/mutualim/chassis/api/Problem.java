package fr.mutualim.chassis.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every 4xx and 5xx answer of the suite.
 *
 * <p>{@code errors} says where the request is wrong (a JSON field path, or a line and column of an
 * uploaded file); {@code extensions} carries problem-specific members such as the id of the
 * resource a conflict is about.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(example = "https://mutualim.fr/problems/validation-error") URI type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/suppliers") String instance,
        List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Where a request is wrong: a field path for JSON bodies, a line (and column) for files. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProblemError")
    public record FieldError(
            @Schema(example = "address.postalCode") String field,
            @Schema(description = "1-based line of an uploaded file") Long line,
            @Schema(description = "column name of an uploaded file") String column,
            @Schema(example = "must be 5 digits") String message) {

        public static FieldError field(String field, String message) {
            return new FieldError(field, null, null, message);
        }

        public static FieldError line(long line, String column, String message) {
            return new FieldError(null, line, column, message);
        }
    }
}
