package fr.cdg.medtravail.planning.horizon;

import java.time.LocalDate;
import java.util.Map;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/** A horizon as the secretariat sees it: its dates, whether a run is solving it, its demand. */
public record HorizonView(long id, String name, LocalDate start, LocalDate end, boolean solving,
                          DemandSummary demand) {

    public record DemandSummary(long units, long minutes, Map<ProfessionalKind, Long> minutesByKind) {
    }
}
