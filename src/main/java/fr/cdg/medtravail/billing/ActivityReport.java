package fr.cdg.medtravail.billing;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.cdg.medtravail.booking.AppointmentStatus;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * The data of the annual activity report (due before 31 March of the next year): visits by kind and professional
 * kind, what became of them (absences included), and the statutory requests by kind and status.
 */
public record ActivityReport(int year, List<VisitCount> visits, List<StatutoryCount> statutory,
                             int held, int announced, int unjustified, int replaced) {

    public record VisitCount(String visitKind, String professionalKind, String status, int count) {

        public String visitLabel() {
            return VisitKind.valueOf(visitKind).label();
        }

        public String professionalLabel() {
            return ProfessionalKind.valueOf(professionalKind).label();
        }

        public String statusLabel() {
            return AppointmentStatus.valueOf(status).label();
        }
    }

    /** {@code kind} is the number of the visit kind of the convention MSC (1–17). */
    public record StatutoryCount(int kind, String status, int count) {
    }

    /** One section per block: "section;kind;professional or status;status;count". */
    public String csv() {
        var rows = Stream.<String>builder();
        rows.add("section;kind;professional_kind;status;count");
        visits.forEach(v -> rows.add(String.join(";", "visits", v.visitKind(), v.professionalKind(), v.status(),
                String.valueOf(v.count()))));
        statutory.forEach(s -> rows.add(String.join(";", "statutory", String.valueOf(s.kind()), "", s.status(),
                String.valueOf(s.count()))));
        rows.add("absences;HELD;;;" + held);
        rows.add("absences;ABSENT_ANNOUNCED;;;" + announced);
        rows.add("absences;ABSENT_UNJUSTIFIED;;;" + unjustified);
        rows.add("absences;REPLACED;;;" + replaced);
        return rows.build().collect(Collectors.joining("\r\n", "", "\r\n"));
    }
}
