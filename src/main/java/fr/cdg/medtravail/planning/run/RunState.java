package fr.cdg.medtravail.planning.run;

/** Where a planning run stands. INTERRUPTED: the application stopped while it was solving. */
public enum RunState { NOT_STARTED, SOLVING, TERMINATED, STOPPED, FAILED, INTERRUPTED }
