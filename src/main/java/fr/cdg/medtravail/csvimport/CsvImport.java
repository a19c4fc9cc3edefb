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
public interface CsvImport<R> {

    /** The {@code kind} of {@code POST /api/imports/{kind}}. */
    String kind();

    List<CsvColumn<?>> columns();

    /** The columns forming the natural key (named in duplicate-line problems). */
    List<String> keyColumns();

    /**
     * The reader of one import, called once per file so that it can load its lookups (SIREN → id…) once. It builds
     * the record of a line, or returns null after {@link CsvRow#reject rejecting} the line.
     */
    Function<CsvRow, R> reader();

    Object key(R record);

    /** Writes records already checked and free of duplicate keys, in the import's transaction. */
    ImportCounts write(List<R> records);
}
