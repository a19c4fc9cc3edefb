package fr.cdg.medtravail.web;

import java.util.List;

/** Input that breaks a business rule; answered 400 with every problem listed. Nothing has been written. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems in the input");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
