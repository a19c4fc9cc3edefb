package fr.cdg.medtravail.csvimport;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cdg.medtravail.web.FieldProblem;

/** One data line of an imported file. Reading a cell never throws: problems are collected for the whole file. */
public final class CsvRow {

    private final int line;
    private final Map<String, String> cells;
    private final List<FieldProblem> problems;
    private boolean rejected;

    CsvRow(int line, Map<String, String> cells, List<FieldProblem> problems) {
        this.line = line;
        this.cells = cells;
        this.problems = problems;
    }

    public int line() {
        return line;
    }

    /** The parsed cell, or null when it is blank (optional column) or wrong (the problem is recorded). */
    public <V> V get(CsvColumn<V> column) {
        var cell = cells.get(column.name());
        if (cell == null || cell.isBlank()) {
            if (column.required()) {
                reject(column.name(), "is required");
            }
            return null;
        }
        try {
            return column.parser().apply(cell.strip());
        } catch (IllegalArgumentException e) {
            reject(column.name(), e.getMessage());
            return null;
        }
    }

    public void reject(String column, String reason) {
        rejected = true;
        problems.add(new FieldProblem(line, column, reason));
    }

    /** Reports a problem found on the record of this line, named by its JSON property, on the matching column. */
    public void reject(FieldProblem problem) {
        reject(columnOf(problem.field()), problem.message());
    }

    /** The column of a record property: {@code ownSecretariat} → {@code own_secretariat}. */
    static String columnOf(String property) {
        return property == null ? null : property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Whether a problem was found on this line: its record must not be built. */
    public boolean rejected() {
        return rejected;
    }
}
