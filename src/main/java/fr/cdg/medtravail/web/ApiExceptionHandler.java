package fr.cdg.medtravail.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns the API's refusals into RFC 9457 problem documents. Every 400 carries {@code errors}: the field (or CSV line
 * and column) and the reason, so that a caller can fix all problems at once. Unexpected failures are logged with their
 * stack trace and answered with a plain 500, never the trace itself.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's problem-details handler, which would drop the field names
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var problem = badRequest(e.getMessage(), e.problems());
        problem.setProperty("total", e.total());
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalidBody(BindException e) {
        // A value that could not even be converted: its default message names Java types, say it plainly.
        var problems = e.getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), error.isBindingFailure()
                        ? "invalid value '" + error.getRejectedValue() + "'" : error.getDefaultMessage()))
                .toList();
        var global = e.getGlobalErrors().stream()
                .map(error -> FieldProblem.of(error.getObjectName(), error.getDefaultMessage()));
        return badRequest("Invalid request", java.util.stream.Stream.concat(problems.stream(), global).toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        var problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> FieldProblem.of(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return badRequest("Invalid request", problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("Invalid request", List.of(FieldProblem.of(e.getName(), "invalid value '" + e.getValue() + "'")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest("Invalid request", List.of(FieldProblem.of(e.getParameterName(), "is required")));
    }

    /** Names the field when the reader knows it (a wrong type, a refused character), never a Java type. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            var field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            var refusal = jackson instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                    ? TextRules.refusal(text) : null;
            return badRequest("Invalid request body",
                    List.of(FieldProblem.of(field, refusal != null ? refusal : "has a value of the wrong type or format")));
        }
        return badRequest("Unreadable request body",
                List.of(FieldProblem.of("body", "is missing or cannot be read as JSON of the expected shape")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with existing data (duplicate key or reference in use)");
    }

    private static ProblemDetail badRequest(String detail, List<FieldProblem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", problems);
        return problem;
    }
}
