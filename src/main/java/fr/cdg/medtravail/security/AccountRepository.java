package fr.cdg.medtravail.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.password_hash, u.role, u.professional_id, u.enabled, u.created_at, u.email,
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
                .query(AccountRepository::user).optional();
    }

    /** The account with this e-mail, whatever its case. */
    Optional<CdgUser> findByEmail(String email) {
        return jdbc.sql(SELECT + " WHERE lower(u.email) = lower(:email) GROUP BY u.id")
                .param("email", email)
                .query(AccountRepository::user).optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(email) = lower(?)").param(email)
                .query(Long.class).single() > 0;
    }

    Optional<Account> find(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id GROUP BY u.id").param("id", id)
                .query(AccountRepository::account).optional();
    }

    List<Account> findAll() {
        return jdbc.sql(SELECT + " GROUP BY u.id ORDER BY u.username").query(AccountRepository::account).list();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    boolean enabledAdminExists() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single() > 0;
    }

    /** The ids among the given ones that name no collectivité. */
    Set<Long> unknownCollectivites(Collection<Long> ids) {
        var known = jdbc.sql("SELECT id FROM collectivite WHERE id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(Long.class).set();
        var unknown = new HashSet<>(ids);
        unknown.removeAll(known);
        return unknown;
    }

    List<Account.Choice> collectiviteChoices() {
        return jdbc.sql("SELECT id, name FROM collectivite ORDER BY name").query(Account.Choice.class).list();
    }

    List<Account.Choice> professionalChoices() {
        return jdbc.sql("SELECT id, last_name || ' ' || first_name AS name FROM professional ORDER BY 2")
                .query(Account.Choice.class).list();
    }

    boolean professionalExists(long id) {
        return jdbc.sql("SELECT count(*) FROM professional WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String passwordHash, Role role, Long professionalId,
                Collection<Long> collectiviteIds, String email) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, professional_id, email)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, displayName, passwordHash, role.name(), professionalId, email)
                .query(Long.class).single();
        bind(id, collectiviteIds);
        return id;
    }

    void replaceCollectivites(long id, Collection<Long> collectiviteIds) {
        jdbc.sql("DELETE FROM app_user_collectivite WHERE user_id = ?").param(id).update();
        bind(id, collectiviteIds);
    }

    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
    }

    void updateEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    private void bind(long id, Collection<Long> collectiviteIds) {
        for (var collectiviteId : collectiviteIds) {
            jdbc.sql("INSERT INTO app_user_collectivite (user_id, collectivite_id) VALUES (?, ?)")
                    .params(id, collectiviteId).update();
        }
    }

    static CdgUser user(ResultSet rs, int row) throws SQLException {
        return new CdgUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), collectivites(rs),
                rs.getObject("professional_id", Long.class), rs.getBoolean("enabled"));
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), collectivites(rs), rs.getObject("professional_id", Long.class),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), rs.getString("email"));
    }

    private static Set<Long> collectivites(ResultSet rs) throws SQLException {
        return new HashSet<>(Arrays.asList((Long[]) rs.getArray("collectivites").getArray()));
    }
}
