package fr.cdg.medtravail.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    /** The account of a live token: one indexed lookup by hash, the collectivités aggregated as for a log-in. */
    private static final String LIVE_TOKEN = """
            SELECT u.id, u.username, u.display_name, u.password_hash, u.role, u.professional_id, u.enabled,
                   t.id AS token_id, t.expires_at, t.last_used_at,
                   coalesce(array_agg(uc.collectivite_id) FILTER (WHERE uc.collectivite_id IS NOT NULL), '{}') AS collectivites
            FROM api_token t JOIN app_user u ON u.id = t.user_id
                 LEFT JOIN app_user_collectivite uc ON uc.user_id = u.id
            WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > now() AND u.enabled
            GROUP BY u.id, t.id""";

    private static final String SELECT = """
            SELECT t.id, t.user_id, u.username, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    /** The account behind a token, and when the token was last used. */
    record Holder(CdgUser user, long tokenId, Instant expiresAt, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(long userId, String name, byte[] hash, Instant expiresAt) {
        long id = jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, expires_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(userId, name, hash, Timestamp.from(expiresAt)).query(Long.class).single();
        return find(id).orElseThrow();
    }

    Optional<Holder> findLive(byte[] hash) {
        return jdbc.sql(LIVE_TOKEN).param(hash).query((rs, row) -> new Holder(AccountRepository.user(rs, row),
                rs.getLong("token_id"), instant(rs, "expires_at"), instant(rs, "last_used_at"))).optional();
    }

    /** At most one write a minute per token, however many requests it serves. */
    void touch(long tokenId) {
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = now()
                        WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
                .param(tokenId).update();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(ApiTokenRepository::token).optional();
    }

    List<ApiToken> findByUser(long userId) {
        return jdbc.sql(SELECT + " WHERE t.user_id = ? ORDER BY t.created_at DESC, t.id DESC").param(userId)
                .query(ApiTokenRepository::token).list();
    }

    List<ApiToken> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ? ORDER BY t.created_at DESC, t.id DESC").param(username)
                .query(ApiTokenRepository::token).list();
    }

    boolean revoke(long id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL").param(id)
                .update() == 1;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
