package fr.cdg.medtravail.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** When an event's kept text is reused and when it is written again. */
class EventTextsTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2026, 12, 7, 8, 30);

    private final List<EventTexts.Key> written = new ArrayList<>();
    private final Function<EventTexts.Key, byte[]> write = key -> {
        written.add(key);
        return key.toString().getBytes(StandardCharsets.UTF_8);
    };

    private static EventTexts.Key key(FeedPrivacy privacy, FeedEntry entry) {
        return new EventTexts.Key(FeedScope.PROFESSIONAL, privacy, entry);
    }

    @Test
    void anUnchangedItemIsWrittenOnceAndReused() {
        var texts = new EventTexts(100);
        var first = texts.text(key(FeedPrivacy.DETAILED, FeedWriterTest.appointment(2, DAY, false)), write);
        var again = texts.text(key(FeedPrivacy.DETAILED, FeedWriterTest.appointment(2, DAY, false)), write);

        assertThat(again).isSameAs(first);
        assertThat(written).hasSize(1);
    }

    @Test
    void aChangedSequenceOrStateIsWrittenAgain() {
        var texts = new EventTexts(100);
        texts.text(key(FeedPrivacy.DETAILED, FeedWriterTest.session(1, DAY, FeedItemState.CONFIRMED, 4)), write);
        texts.text(key(FeedPrivacy.DETAILED, FeedWriterTest.session(1, DAY, FeedItemState.CONFIRMED, 5)), write);
        texts.text(key(FeedPrivacy.DETAILED, FeedWriterTest.session(1, DAY, FeedItemState.CANCELLED, 6)), write);

        assertThat(written).extracting(key -> key.entry().sequence()).containsExactly(4, 5, 6);
    }

    @Test
    void anotherPrivacyLevelOrScopeIsWrittenApart() {
        var texts = new EventTexts(100);
        var entry = FeedWriterTest.appointment(2, DAY, false);
        var detailed = texts.text(key(FeedPrivacy.DETAILED, entry), write);
        var busy = texts.text(key(FeedPrivacy.BUSY_ONLY, entry), write);
        texts.text(new EventTexts.Key(FeedScope.CABINET, FeedPrivacy.DETAILED, entry), write);

        assertThat(busy).isNotEqualTo(detailed);
        assertThat(written).hasSize(3);
    }

    @Test
    void theLeastRecentlyUsedGoesFirstPastTheBound() {
        var texts = new EventTexts(2);
        var one = key(FeedPrivacy.DETAILED, FeedWriterTest.appointment(1, DAY, false));
        var two = key(FeedPrivacy.DETAILED, FeedWriterTest.appointment(2, DAY, false));
        var three = key(FeedPrivacy.DETAILED, FeedWriterTest.appointment(3, DAY, false));
        texts.text(one, write);
        texts.text(two, write);
        texts.text(one, write);
        texts.text(three, write);

        assertThat(texts.size()).isEqualTo(2);
        texts.text(one, write);
        texts.text(two, write);
        assertThat(written).containsExactly(one, two, three, two);
    }
}
