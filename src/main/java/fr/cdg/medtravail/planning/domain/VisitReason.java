package fr.cdg.medtravail.planning.domain;

/** Why a demand unit exists (convention MEDPREV, article 1). */
public enum VisitReason { VIP, SMP, HIRING, RETURN, REQUEST, ADJUSTMENT }
