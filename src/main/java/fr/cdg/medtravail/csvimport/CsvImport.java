package fr.cdg.medtravail.csvimport;

import java.util.List;
import java.util.function.Function;

/**
 * Declaration of one kind of CSV import: the columns, how a line becomes a record, the natural key that makes a
 * re-import an update, and how a checked batch of records is written. The framework ({@link CsvImportService}) reads
 * the file, checks the header, validates the records (Bean Validation, reported on the column named like the
 * property in snake_case), refuses duplicate keys and runs everything in one transaction.
 *
 * @param <R> the record of one line
 */
public abstract class CsvImport<R> {

    private final String kind;
    private final List<String> keyColumns;
    private final List<CsvColumn<?>> columns;

    /**
     * @param kind       the {@code kind} of {@code POST /api/imports/{kind}}
     * @param keyColumns the columns forming the natural key (named in duplicate-line problems)
     * @param columns    the columns, in the order of the documented header
     */
    protected CsvImport(String kind, List<String> keyColumns, CsvColumn<?>... columns) {
        this.kind = kind;
        this.keyColumns = List.copyOf(keyColumns);
        this.columns = List.of(columns);
    }

    public final String kind() {
        return kind;
    }

    public final List<CsvColumn<?>> columns() {
        return columns;
    }

    public final List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * The reader of one import, called once per file so that it can load its lookups (SIREN → id…) once. It builds
     * the record of a line, or returns null after {@link CsvRow#reject rejecting} the line.
     */
    protected abstract Function<CsvRow, R> reader();

    protected abstract Object key(R record);

    /** The collectivité a record belongs to, if any: the audit trail records which ones an import touched. */
    protected Long collectiviteOf(R record) {
        return null;
    }

    /** Writes records already checked and free of duplicate keys, in the import's transaction. */
    protected abstract ImportCounts write(List<R> records);
}
