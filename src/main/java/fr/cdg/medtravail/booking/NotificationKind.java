package fr.cdg.medtravail.booking;

/** Messages of the outbox (table notification), delivered later by the mail sender. */
public enum NotificationKind {
    /** Minutes given back early, offered to the référents of the collectivités within 60 minutes of the cabinet. */
    RELEASE_OFFER,
    /** The same minutes offered for an agent on the waitlist: first come, first served. */
    WAITLIST_OFFER,
    /** Fifteen days before a session, the collectivité's reserve is still empty. */
    EMPTY_RESERVE_WARNING,
    /** A session with appointments was re-planned: the référent is told. */
    REPLAN_NOTICE,
    /**
     * A published session serving the collectivité moved to another day, half-day or cabinet, or was withdrawn: the
     * référent is told, without agent data, unless a {@link #REPLAN_NOTICE} already tells them of it.
     */
    SESSION_MOVED,
    /** The secretariat must decide what becomes of appointments of a re-planned session. */
    REPLAN_DECISION,
    /** The référent's convocation of an agent, with the PDF attached; none for a confidential visit. */
    CONVOCATION,
    /** 48 hours before the visit, when a cancellation stops being free (BookingRules.ABSENCE_NOTICE). */
    REMINDER
}
