package fr.cdg.medtravail.planning.session;

/**
 * A draft is the solver's to change; a published session was announced to its collectivités and is pinned. A
 * withdrawn session was published, then left to no one by a re-plan while agents were booked on it: its row stays so
 * that the appointments keep their session until the secretariat decides, but no plan, board or booking reads it.
 */
public enum SessionStatus { DRAFT, PUBLISHED, WITHDRAWN }
