package io.ledgerline.platform.web;

import java.net.URI;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps exceptions to problem documents, once, for every service. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> refused(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated", "The request breaks a rule", e.getMessage());
    }

    /** A value beyond what can be computed or represented: a huge amount, a date past year 999999999. */
    @ExceptionHandler({ArithmeticException.class, DateTimeException.class})
    ResponseEntity<ProblemDetail> outOfRange(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "out-of-range", "A value is out of range", e.getMessage());
    }

    /**
     * PostgreSQL's data exceptions (SQLSTATE class 22: a date past year 5874897, a number wider than its column)
     * come from values the request carried that validation let through; the transaction rolled back.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> unstorable(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                LOG.info("refused a value the database cannot hold: {}", sql.getMessage());
                return problem(HttpStatus.UNPROCESSABLE_ENTITY, "out-of-range", "A value is out of range",
                        "A value is outside what can be stored");
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Malformed request", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "state-conflict", "The request conflicts with the current state",
                e.getMessage());
    }

    /** A stale If-Match: the aggregate is at another version than the one the request names (RFC 9110 13.1.1). */
    @ExceptionHandler({ConflictingAggregateVersionException.class, PreconditionFailedException.class})
    ResponseEntity<ProblemDetail> preconditionFailed(RuntimeException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed",
                e instanceof PreconditionFailedException ? e.getMessage()
                        : "If-Match names another version than the current one; read it again and retry");
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "Precondition required",
                e.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Changed by someone else in the meantime",
                "The resource was changed concurrently; read it again and retry");
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                e instanceof NotFoundException ? e.getMessage() : "No such resource");
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        return e.getCause() instanceof RuntimeException cause && !(cause instanceof CommandExecutionException)
                ? dispatch(cause) : unexpected(e);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(EventStoreException e) {
        LOG.warn("event store unavailable", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                "The request was not applied; try again later");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request failed unexpectedly and was not applied");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, "invalid-fields", "Invalid fields",
                "Some fields are missing or invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A chunked body that went past the limit while being read ({@link RequestBodyLimitFilter}) is 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.find(e);
        if (tooLarge == null) {
            return super.handleHttpMessageNotReadable(e, headers, status, request);
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONNECTION, "close").body(RequestBodyTooLargeException.problem(tooLarge.limit()));
    }

    /** Problem documents go out as such whatever the Accept header says, even when it does not parse. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        return body instanceof ProblemDetail ? ResponseEntity.status(status).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body)
                : super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<ProblemDetail> dispatch(RuntimeException cause) {
        if (cause instanceof IllegalArgumentException e) {
            return refused(e);
        }
        if (cause instanceof ArithmeticException || cause instanceof DateTimeException) {
            return outOfRange(cause);
        }
        if (cause instanceof DataIntegrityViolationException e) {
            return unstorable(e);
        }
        if (cause instanceof IllegalStateException e) {
            return conflict(e);
        }
        if (cause instanceof ConflictingAggregateVersionException) {
            return preconditionFailed(cause);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return concurrentChange(cause);
        }
        if (cause instanceof NotFoundException || cause instanceof AggregateNotFoundException) {
            return notFound(cause);
        }
        if (cause instanceof ForbiddenException e) {
            return forbidden(e);
        }
        return unexpected(cause);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title,
                                                         String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, slug, title, detail));
    }

    private static ProblemDetail detail(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://ledgerline.io/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }
}
