package fr.cdg.medtravail.planning;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problems raised by the planning feature (rendered by Spring MVC). Stand-in for the shared
 * fr.cdg.medtravail.web exceptions until they are on main.
 */
public final class PlanningErrors {

    private PlanningErrors() {
    }

    public static ErrorResponseException invalid(String field, String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    public static ErrorResponseException notFound(String what, long id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what + " " + id + " does not exist");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    public static ErrorResponseException conflict(String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
