package fr.mutualim.chassis.api;

import java.net.URI;

/** The problem types of the suite; each is described in docs/errors.md. */
public enum ProblemType {
    VALIDATION_ERROR(400, "Request is not valid"),
    MALFORMED_REQUEST(400, "Request body is not readable"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL_ERROR(500, "Internal error");

    private static final String BASE = "https://mutualim.fr/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase().replace('_', '-'));
    }

    /** The type of an HTTP status raised by the framework, if the suite has one for it. */
    public static java.util.Optional<ProblemType> forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_ERROR) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
