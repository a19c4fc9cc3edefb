package fr.cdg.medtravail.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.password_hash, u.role, u.professional_id, u.enabled,
                   coalesce(array_agg(uc.collectivite_id) FILTER (WHERE uc.collectivite_id IS NOT NULL), '{}') AS collectivites
            FROM app_user u LEFT JOIN app_user_collectivite uc ON uc.user_id = u.id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CdgUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username GROUP BY u.id")
                .param("username", username)
                .query(AccountRepository::map)
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String passwordHash, Role role, Long professionalId,
                Collection<Long> collectiviteIds) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, professional_id)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(username, displayName, passwordHash, role.name(), professionalId)
                .query(Long.class).single();
        for (var collectiviteId : collectiviteIds) {
            jdbc.sql("INSERT INTO app_user_collectivite (user_id, collectivite_id) VALUES (?, ?)")
                    .params(id, collectiviteId).update();
        }
        return id;
    }

    private static CdgUser map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("collectivites");
        var collectivites = new HashSet<Long>(Arrays.asList((Long[]) array.getArray()));
        return new CdgUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), collectivites,
                rs.getObject("professional_id", Long.class), rs.getBoolean("enabled"));
    }
}
