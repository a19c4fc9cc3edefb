package fr.cdg.medtravail.billing;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The collectivités a billing query covers, bound to its {@code (CAST(:all AS boolean) OR collectivite_id IN (:ids))}
 * filter: {@code null} means every one; an empty scope matches none (an empty {@code IN ()} is not SQL).
 */
final class CollectiviteScope {

    private CollectiviteScope() {
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Collection<Long> scope) {
        return sql.param("all", scope == null).param("ids", scope == null || scope.isEmpty() ? List.of(-1L) : scope);
    }
}
