package fr.cdg.medtravail.booking.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.cdg.medtravail.booking.AgentToPlace;
import fr.cdg.medtravail.booking.SessionOffer;
import fr.cdg.medtravail.web.InvalidInputException;

/** A start time the référent may choose for an agent: on a session whose professional may hold the visit. */
public record SlotChoice(long sessionId, LocalDateTime start, String label) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'à' HH:mm", Locale.FRENCH);
    /** Longest list offered at once: the nearest times first. */
    static final int MAX = 60;

    /** The form's value, read back by {@link #sessionOf} and {@link #startOf}. */
    public String value() {
        return sessionId + "@" + start;
    }

    static long sessionOf(String value) {
        try {
            return Long.parseLong(value.substring(0, value.indexOf('@')));
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    static LocalDateTime startOf(String value) {
        try {
            return LocalDateTime.parse(value.substring(value.indexOf('@') + 1));
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("slot", "must be a time offered by the page");
    }

    /** The free starts after {@code now}, visit after visit, on the sessions with enough minutes for the agent. */
    static List<SlotChoice> of(List<SessionOffer> sessions, AgentToPlace agent, LocalDateTime now) {
        var choices = new ArrayList<SlotChoice>();
        for (var session : sessions) {
            if (!agent.allowed().contains(session.professionalKind())
                    || session.reserveLeft() < agent.minutes() && session.poolLeft() < agent.minutes()) {
                continue;
            }
            for (var free : session.freeTimes()) {
                for (var start = free.start(); !start.plusMinutes(agent.minutes()).isAfter(free.end());
                     start = start.plusMinutes(agent.minutes())) {
                    if (start.isAfter(now)) {
                        choices.add(new SlotChoice(session.sessionId(), start, start.format(LABEL) + " · "
                                + session.cabinetName() + " · " + session.professionalKind().label()));
                    }
                    if (choices.size() == MAX) {
                        return choices;
                    }
                }
            }
        }
        return choices;
    }
}
