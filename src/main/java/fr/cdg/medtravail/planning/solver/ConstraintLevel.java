package fr.cdg.medtravail.planning.solver;

/** Hard rules are never broken by a feasible plan; medium is unmet demand; soft is the plan's quality. */
public enum ConstraintLevel { HARD, MEDIUM, SOFT }
