package fr.cdg.medtravail.csvimport;

/** What an import did: lines that created a row, changed one, or matched the stored row exactly. */
public record ImportCounts(int inserted, int updated, int unchanged) {
}
