package fr.cdg.medtravail.planning.session;

/** A draft is the solver's to change; a published session was announced to its collectivités and is pinned. */
public enum SessionStatus { DRAFT, PUBLISHED }
