package fr.cdg.medtravail.planning.changelog;

/** What a recorded decision did to a horizon's plan. */
public enum ChangeAction { MOVE, PUBLISH, REPLAN, CANCEL }
