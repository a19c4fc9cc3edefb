package fr.cdg.medtravail.csvimport;

/** Answer of a successful import. */
public record ImportResult(String kind, int lines, int inserted, int updated, int unchanged) {

    static ImportResult of(String kind, int lines, ImportCounts counts) {
        return new ImportResult(kind, lines, counts.inserted(), counts.updated(), counts.unchanged());
    }
}
