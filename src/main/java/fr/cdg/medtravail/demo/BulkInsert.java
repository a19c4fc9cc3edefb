package fr.cdg.medtravail.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cdg.medtravail.demo.DemoTables.Column;
import fr.cdg.medtravail.demo.DemoTables.Table;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with few statements: {@code INSERT … SELECT * FROM unnest(array1, array2, …)}, one typed array
 * per column, in chunks. Much faster than row-by-row batches and needs no driver setting. Runs on the connection of
 * the current transaction.
 */
final class BulkInsert<T> {

    private static final int CHUNK = 20_000;

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<Column<T>> columns;

    BulkInsert(JdbcTemplate jdbc, Table<T> table) {
        this.jdbc = jdbc;
        this.table = table.name();
        this.columns = table.columns();
    }

    int insert(List<T> rows) {
        return write(rows, null, null);
    }

    /** Inserts and answers the generated id by the value of {@code keyColumn} (a unique natural key). */
    Map<String, Long> insertReturningIds(List<T> rows, String keyColumn) {
        var ids = new HashMap<String, Long>();
        write(rows, keyColumn, ids);
        return ids;
    }

    private int write(List<T> rows, String keyColumn, Map<String, Long> ids) {
        var sql = "INSERT INTO " + table + " ("
                + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") SELECT * FROM unnest(" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + (keyColumn == null ? "" : " RETURNING " + keyColumn + ", id");
        int written = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            written += jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (var statement = connection.prepareStatement(sql)) {
                    for (int c = 0; c < columns.size(); c++) {
                        statement.setArray(c + 1, array(connection, columns.get(c), chunk));
                    }
                    if (keyColumn == null) {
                        return statement.executeUpdate();
                    }
                    try (var result = statement.executeQuery()) {
                        int count = 0;
                        while (result.next()) {
                            ids.put(result.getString(1), result.getLong(2));
                            count++;
                        }
                        return count;
                    }
                }
            });
        }
        if (written != rows.size()) {
            throw new IllegalStateException(table + ": " + written + " rows written out of " + rows.size());
        }
        return written;
    }

    private java.sql.Array array(Connection connection, Column<T> column, List<T> chunk) throws SQLException {
        var values = new Object[chunk.size()];
        for (int i = 0; i < values.length; i++) {
            var value = column.value().apply(chunk.get(i));
            // Dates and decimals travel as their ISO text; PostgreSQL parses them into the element type.
            values[i] = value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                    ? value : value.toString();
        }
        return connection.createArrayOf(column.type(), values);
    }
}
