package fr.cdg.medtravail.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;

/** One page of a list; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public static final int MAX_SIZE = 200;

    /** Refuses a page number below 0 or a size outside 1..200, naming the parameter. */
    public static void check(int page, int size) {
        var problems = new ArrayList<FieldProblem>();
        if (page < 0) {
            problems.add(FieldProblem.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** SQL offset of the page. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
