package fr.cdg.medtravail.booking;

/** Whose minutes an appointment uses. */
public enum ReserveSource {
    /** The minutes the session reserves for the agent's collectivité. */
    RESERVED,
    /** Minutes nobody reserved or given back early, open to the collectivités within 60 minutes of the cabinet. */
    POOL,
    /** Beyond any reserve: the secretariat's decision. */
    BEYOND
}
