package fr.cdg.medtravail.booking;

/** How a message of the outbox left it (column notification.outcome). */
public enum MessageOutcome {
    /** Handed to the SMTP server. */
    SENT,
    /** No SMTP server configured (spring.mail.host unset): kept as the record of what would have been sent. */
    RECORDED,
    /** The directory has no e-mail address for the recipient. */
    NO_ADDRESS,
    /** The address could not be written or the SMTP server refused it: not retried. */
    REJECTED,
    /** The appointment was cancelled or replaced before its convocation or reminder left. */
    OBSOLETE
}
