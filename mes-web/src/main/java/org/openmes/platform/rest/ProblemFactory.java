package org.openmes.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmes.common.ConflictException;
import org.openmes.common.ForbiddenException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.ItemResult;
import org.openmes.common.MesException;
import org.openmes.common.NotAuthenticatedException;
import org.openmes.common.NotFoundException;
import org.openmes.common.SelectionRefusedException;
import org.openmes.common.StaleVersionException;

/**
 * The error mapping of the API: turns any failure into an RFC 9457 problem response. The exception mappers
 * only delegate here, so there is one place deciding status, type and wording. Causes are searched through
 * the whole chain because EJB, RESTEasy and JSON-B wrap the exception that tells what went wrong.
 */
@ApplicationScoped
public class ProblemFactory {
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemFactory.class.getName());

    /**
     * EclipseLink's own optimistic lock exception: at JTA commit it can reach the EJB container without the
     * jakarta.persistence wrapper. Matched by name because EclipseLink is not on the compile classpath.
     */
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    /** RESTEasy's wording for a parameter it could not convert, e.g. {@code QueryParam("page") value is 'x'}. */
    private static final Pattern UNCONVERTIBLE_PARAMETER = Pattern.compile("Param\\(\"([^\"]*)\"\\) value is '");

    @Inject
    CurrentRequest request;

    public Response toResponse(Throwable failure) {
        PayloadTooLargeException tooLarge = CauseChain.find(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return clientError(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null, failure);
        }
        MalformedRequestException malformed = CauseChain.find(failure, MalformedRequestException.class);
        if (malformed != null) {
            return clientError(ProblemType.MALFORMED_REQUEST, malformed.getMessage(),
                    violation(malformed.getField(), malformed.getMessage()), failure);
        }
        MesException refused = CauseChain.find(failure, MesException.class);
        if (refused != null) {
            return mesProblem(refused, failure);
        }
        if (isOptimisticLock(failure)) {
            return clientError(ProblemType.STALE_VERSION,
                    "The record was changed by someone else; reload it and apply your change again",
                    violation("version", "is no longer the current version"), failure);
        }
        ConstraintViolationException invalid = CauseChain.find(failure, ConstraintViolationException.class);
        if (invalid != null && !isReturnValueViolation(invalid)) {
            return validationProblem(invalid, failure);
        }
        WebApplicationException http = CauseChain.find(failure, WebApplicationException.class);
        if (http != null && http.getResponse().getStatus() < 500) {
            return httpProblem(http, failure);
        }
        return internalError(failure);
    }

    private Response mesProblem(MesException e, Throwable failure) {
        ProblemType type;
        if (e instanceof SelectionRefusedException selection) {
            return selectionProblem(selection, failure);
        } else if (e instanceof StaleVersionException) {
            type = ProblemType.STALE_VERSION;
        } else if (e instanceof ConflictException) {
            type = ProblemType.CONFLICT;
        } else if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof InvalidInputException) {
            type = ProblemType.INVALID_INPUT;
        } else if (e instanceof ForbiddenException) {
            type = ProblemType.FORBIDDEN;
        } else if (e instanceof NotAuthenticatedException) {
            // RFC 9110: a 401 says how to authenticate; API clients send a bearer token
            return Response.fromResponse(clientError(ProblemType.NOT_AUTHENTICATED, e.getMessage(), null, failure))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        } else {
            return internalError(failure);
        }
        return clientError(type, e.getMessage(), violation(e.getField(), e.getMessage()), failure);
    }

    /** Each failed item is a violation of its field; {@code items} lists every item, the ones that passed too. */
    private Response selectionProblem(SelectionRefusedException e, Throwable failure) {
        ProblemType type = e.isInputErrorsOnly() ? ProblemType.INVALID_INPUT : ProblemType.CONFLICT;
        List<Problem.Violation> violations = e.getItems().stream().filter(item -> !item.passed())
                .map(item -> new Problem.Violation(item.field(), item.item() + ": " + item.reason())).toList();
        return build(type.status(), type.uri(), type.title(), e.getMessage(), violations, e.getItems(), failure);
    }

    private Response validationProblem(ConstraintViolationException e, Throwable failure) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(jsonPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing((Problem.Violation v) -> v.field() == null ? "" : v.field())
                        .thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.size() == 1
                ? "1 value of the request is not valid"
                : violations.size() + " values of the request are not valid";
        return clientError(ProblemType.VALIDATION_FAILED, detail, violations, failure);
    }

    private Response httpProblem(WebApplicationException e, Throwable failure) {
        int status = e.getResponse().getStatus();
        switch (status) {
            case 400, 404 -> {
                // JAX-RS answers a query/path parameter it cannot convert with a 404 (400 for headers) that
                // carries the conversion failure as cause; an unknown URL has no cause.
                if (e.getCause() != null || status == 400) {
                    String parameter = unconvertibleParameter(e.getMessage());
                    String detail = parameter != null
                            ? "Parameter '" + parameter + "' has a value of the wrong type or format"
                            : status == 404
                            ? "A path or query parameter has a value of the wrong type or format"
                            : "The request could not be understood; check its parameters and headers";
                    return clientError(ProblemType.MALFORMED_REQUEST, detail, violation(parameter, detail), failure);
                }
                return clientError(ProblemType.NOT_FOUND, "There is no resource at this URL", null, failure);
            }
            case 405 -> {
                String allowed = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
                Response response = clientError(ProblemType.METHOD_NOT_ALLOWED,
                        "Method " + request.method() + " is not allowed here"
                                + (allowed == null ? "" : "; allowed: " + allowed), null, failure);
                return allowed == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allowed).build();
            }
            case 406 -> {
                return clientError(ProblemType.NOT_ACCEPTABLE,
                        "None of the media types in the Accept header can be produced; this API answers application/json",
                        null, failure);
            }
            case 415 -> {
                return clientError(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type " + (request.contentType() == null ? "(none)" : request.contentType())
                                + " is not supported here; send application/json", null, failure);
            }
            default -> {
                // a status the API gives no meaning of its own (for example 401 from the security layer)
                Response.StatusType statusType = e.getResponse().getStatusInfo();
                return build(status, "about:blank", statusType.getReasonPhrase(), statusType.getReasonPhrase(), null, failure);
            }
        }
    }

    private Response internalError(Throwable failure) {
        String correlationId = request.correlationId();
        LOG.log(Level.SEVERE, "Internal error " + correlationId + " on " + request.method() + " " + request.path(), failure);
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return response(type.status(), new Problem(type.uri(), type.title(), type.status(),
                "An unexpected error occurred; quote correlation id " + correlationId, request.path(),
                correlationId, null, null));
    }

    private Response clientError(ProblemType type, String detail, List<Problem.Violation> violations, Throwable failure) {
        return build(type.status(), type.uri(), type.title(), detail, violations, failure);
    }

    /** Client errors are logged only at FINE: they are the client's to fix, but diagnosable on demand. */
    private Response build(int status, String type, String title, String detail, List<Problem.Violation> violations,
                           Throwable failure) {
        return build(status, type, title, detail, violations, null, failure);
    }

    private Response build(int status, String type, String title, String detail, List<Problem.Violation> violations,
                           List<ItemResult> items, Throwable failure) {
        String correlationId = request.correlationId();
        if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "Answered " + status + " " + type + " to " + correlationId + ": " + detail, failure);
        }
        return response(status, new Problem(type, title, status, detail, request.path(), correlationId,
                violations == null || violations.isEmpty() ? null : violations, items));
    }

    private static Response response(int status, Problem problem) {
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    private static List<Problem.Violation> violation(String field, String message) {
        return field == null ? null : List.of(new Problem.Violation(field, message));
    }

    private static boolean isOptimisticLock(Throwable failure) {
        return CauseChain.of(failure).stream().anyMatch(t -> t instanceof OptimisticLockException
                || t.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK));
    }

    /** A resource answering something its own constraints forbid is a server bug, not bad input. */
    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The violation's path as the client wrote it: method and parameter nodes dropped
     * ({@code create.arg1.capacity.hoursPerDay} becomes {@code capacity.hoursPerDay}), list indexes kept.
     * Null when the violation is about the parameter itself, such as a missing body.
     */
    private static String jsonPath(Path path) {
        StringBuilder json = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                json.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                if (!json.isEmpty()) {
                    json.append('.');
                }
                json.append(node.getName());
            }
        }
        return json.isEmpty() ? null : json.toString();
    }

    private static String unconvertibleParameter(String message) {
        Matcher m = message == null ? null : UNCONVERTIBLE_PARAMETER.matcher(message);
        return m != null && m.find() ? m.group(1) : null;
    }
}
