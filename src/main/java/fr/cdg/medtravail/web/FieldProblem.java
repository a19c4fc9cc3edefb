package fr.cdg.medtravail.web;

/**
 * One reason why an input was refused. {@code field} names the JSON field or CSV column; {@code line} is the
 * 1-based line of an imported file (null for JSON bodies).
 */
public record FieldProblem(Integer line, String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(null, field, message);
    }
}
