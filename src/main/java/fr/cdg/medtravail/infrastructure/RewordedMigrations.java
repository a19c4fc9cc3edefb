package fr.cdg.medtravail.infrastructure;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Released migrations whose comments were reworded afterwards. Flyway checksums every line, comments included, and
 * refuses to start on a database migrated from the earlier text; before it validates, the stored checksum of such a
 * migration is moved to the new text's, only where it is exactly the earlier text's (any other difference is still
 * refused). Both checksums are Flyway's own (ChecksumCalculator) for the two texts.
 */
@Component
class RewordedMigrations implements Callback {

    record Reworded(String version, int earlierChecksum, int checksum) {
    }

    static final List<Reworded> REWORDED = List.of(
            // V10's first comment named the work item it came from instead of saying what it holds.
            new Reworded("10", -1897671963, 1949798648));

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        var table = context.getConfiguration().getTable();
        try (var exists = context.getConnection().prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, table);
            try (var result = exists.executeQuery()) {
                if (!result.next() || !result.getBoolean(1)) {
                    return;
                }
            }
            try (var update = context.getConnection().prepareStatement(
                    "UPDATE \"" + table + "\" SET checksum = ? WHERE version = ? AND checksum = ?")) {
                for (var reworded : REWORDED) {
                    update.setInt(1, reworded.checksum());
                    update.setString(2, reworded.version());
                    update.setInt(3, reworded.earlierChecksum());
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not follow the reworded migrations' checksums", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "reworded-migrations";
    }
}
