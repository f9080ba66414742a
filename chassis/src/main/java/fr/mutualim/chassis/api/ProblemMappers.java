package fr.mutualim.chassis.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 answers. Every 4xx says what is wrong and where;
 * a 5xx never carries a stack trace (it is logged with an id the client can quote instead).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(),
                instance(uri), e.errors(), e.extensions()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.field(ViolationPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemType.VALIDATION_ERROR, detail(errors), uri, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadableField(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping);
            String message = JsonPaths.message(mapping);
            return respond(ProblemType.VALIDATION_ERROR, field + ": " + message, uri,
                    List.of(Problem.FieldError.field(field, message)));
        }
        return malformed(e, uri);
    }

    @ServerExceptionMapper(JsonParseException.class)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where + ": "
                + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token is required for this operation", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your token does not allow this operation", uri, List.of());
    }

    /** A unique constraint caught a concurrent duplicate that the use case's own check missed. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, "The request conflicts with existing data ("
                + e.getConstraintName() + ")", uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps the body reader's Jackson failures: answer about the JSON itself.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformed(parse, uri);
            }
            if (cause instanceof JsonProcessingException json) {
                return unreadableField(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String detail = status == 404 ? "No resource at " + instance(uri) : e.getMessage();
        // RFC 9457: a status with no more specific type is "about:blank", titled by its reason phrase.
        Problem problem = ProblemType.forStatus(status)
                .map(type -> new Problem(type.uri(), type.title(), status, detail, instance(uri), List.of(), Map.of()))
                .orElseGet(() -> new Problem(URI.create("about:blank"), e.getResponse().getStatusInfo().getReasonPhrase(),
                        status, detail, instance(uri), List.of(), Map.of()));
        // Keep the framework's headers (Allow on a 405, Retry-After on a 503...).
        return Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s, on %s", incident, instance(uri));
        return respond(new Problem(ProblemType.INTERNAL_ERROR.uri(), ProblemType.INTERNAL_ERROR.title(), 500,
                "The request failed on our side; quote incident " + incident + " to the operators",
                instance(uri), List.of(), Map.of("incident", incident)));
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(new Problem(type.uri(), type.title(), type.status(), detail, instance(uri), errors, Map.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detail(List<Problem.FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return errors.size() + " fields are not valid";
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
