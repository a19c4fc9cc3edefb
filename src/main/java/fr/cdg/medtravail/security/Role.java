package fr.cdg.medtravail.security;

/** What a person does at the CDG or for a collectivité; decides which routes and which data they reach. */
public enum Role {
    /** Manages accounts and configuration. */
    ADMIN,
    /** The medical secretariat: runs planning, sees every collectivité, books confidential visits. */
    SECRETARIAT,
    /** A doctor, nurse or other health professional: sees their own sessions and the agents booked with them. */
    PROFESSIONAL,
    /** The collectivité's référent: sees only the collectivités they are bound to. */
    REFERENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
