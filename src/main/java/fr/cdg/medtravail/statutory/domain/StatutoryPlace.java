package fr.cdg.medtravail.statutory.domain;

import java.util.Set;

import fr.cdg.medtravail.calendar.WeeklyHalfDay;

/** Where a statutory visit may happen: the CDG's premises, or a cabinet within reach of the collectivité. */
public record StatutoryPlace(long cabinetId, String name, int rooms, Set<WeeklyHalfDay> openHalfDays, boolean premises) {

    public StatutoryPlace {
        openHalfDays = Set.copyOf(openHalfDays);
    }
}
