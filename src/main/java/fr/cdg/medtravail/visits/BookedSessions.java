package fr.cdg.medtravail.visits;

import java.util.Collection;
import java.util.Set;

/**
 * Which sessions hold upcoming appointments, for planning to ask before it moves or deletes a published session
 * (a session with appointments is never deleted silently). Booking implements it; planning, which may not depend
 * on booking, injects this interface.
 */
public interface BookedSessions {

    Set<Long> withUpcomingAppointments(Collection<Long> sessionIds);
}
