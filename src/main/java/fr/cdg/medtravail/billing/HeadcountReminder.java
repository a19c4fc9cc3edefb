package fr.cdg.medtravail.billing;

import java.time.LocalDate;

/** A member collectivité whose headcount of the year is not declared; due before 31 March (MEDPREV article 3.2). */
public record HeadcountReminder(long collectiviteId, String name, int year, LocalDate dueOn, boolean late) {
}
