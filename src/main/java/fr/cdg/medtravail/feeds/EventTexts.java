package fr.cdg.medtravail.feeds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The folded text ical4j wrote for each event, kept by everything it is written from: the item's row as read (kind,
 * id, times, state, sequence, last change, place, names) and the feed's scope and privacy level. A rebuild after a
 * change of a few items writes only those again: a changed row, even in the directory alone, is another key, so a
 * kept text is never stale. Bounded in entries, the least recently used going first.
 */
final class EventTexts {

    record Key(FeedScope scope, FeedPrivacy privacy, FeedEntry entry) {
    }

    private final Map<Key, byte[]> texts;

    EventTexts(int maxEntries) {
        this.texts = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The kept text of the key, or the one {@code write} gives (written outside the lock). */
    byte[] text(Key key, Function<Key, byte[]> write) {
        synchronized (this) {
            var kept = texts.get(key);
            if (kept != null) {
                return kept;
            }
        }
        var text = write.apply(key);
        synchronized (this) {
            texts.put(key, text);
        }
        return text;
    }

    synchronized int size() {
        return texts.size();
    }
}
