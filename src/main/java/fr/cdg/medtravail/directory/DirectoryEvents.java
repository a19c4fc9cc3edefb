package fr.cdg.medtravail.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the collectivités and cabinets created, moved or deleted in the current transaction and publishes one
 * {@link DirectoryChangedEvent} just before it commits: a rolled-back import announces nothing, and listeners bound
 * to the transaction ({@code @TransactionalEventListener}) run once the change is committed.
 */
@Component
public class DirectoryEvents {

    private final ApplicationEventPublisher publisher;

    DirectoryEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void collectivitesChanged(Collection<Long> ids) {
        pending().collectivites.addAll(ids);
    }

    public void cabinetsChanged(Collection<Long> ids) {
        pending().cabinets.addAll(ids);
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("directory changes are announced from within a transaction");
        }
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending) {
                return pending;
            }
        }
        var pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private final class Pending implements TransactionSynchronization {
        final Set<Long> collectivites = new HashSet<>();
        final Set<Long> cabinets = new HashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!collectivites.isEmpty() || !cabinets.isEmpty()) {
                publisher.publishEvent(new DirectoryChangedEvent(collectivites, cabinets));
            }
        }
    }
}
