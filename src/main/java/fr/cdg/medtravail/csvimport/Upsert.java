package fr.cdg.medtravail.csvimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits incoming records into new ones, changed ones and unchanged ones by comparing them (record equality) with
 * the stored records of the same natural key. Writers then batch the inserts and the updates.
 */
public record Upsert<R>(List<R> inserts, List<Change<R>> updates, int unchanged) {

    /** A stored row. */
    public record Stored<R>(long id, R value) {
    }

    /** A stored row and its new value. */
    public record Change<R>(long id, R before, R after) {
    }

    public static <K, R> Upsert<R> of(List<R> incoming, Map<K, Stored<R>> stored, Function<R, K> key) {
        var inserts = new ArrayList<R>();
        var updates = new ArrayList<Change<R>>();
        int unchanged = 0;
        for (var record : incoming) {
            var existing = stored.get(key.apply(record));
            if (existing == null) {
                inserts.add(record);
            } else if (existing.value().equals(record)) {
                unchanged++;
            } else {
                updates.add(new Change<>(existing.id(), existing.value(), record));
            }
        }
        return new Upsert<>(inserts, updates, unchanged);
    }

    public ImportCounts counts() {
        return new ImportCounts(inserts.size(), updates.size(), unchanged);
    }
}
