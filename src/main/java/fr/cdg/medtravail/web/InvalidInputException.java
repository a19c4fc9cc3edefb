package fr.cdg.medtravail.web;

import java.util.List;

/** Input that breaks a business rule; answered 400 with every problem listed. Nothing has been written. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;
    private final int total;

    public InvalidInputException(List<FieldProblem> problems) {
        this(problems, problems.size());
    }

    /** Only the first problems listed, out of {@code total} found: the message counts them all. */
    public InvalidInputException(List<FieldProblem> problems, int total) {
        super(total == 1 && problems.size() == 1 ? problems.get(0).message() : total + " problems in the input");
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** How many problems were found, listed or not. */
    public int total() {
        return total;
    }
}
