package fr.cdg.medtravail.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * What the agent is given to come to a visit: where, when, whom they will see (the professional's kind, never a
 * medical reason) and what to bring. The référent hands it over; a confidential visit has none.
 */
public record Convocation(long appointmentId, long collectiviteId, String collectiviteName, String referentEmail,
                          String agentLastName, String agentFirstName, VisitKind visitKind,
                          ProfessionalKind professionalKind, String cabinetName, boolean teleconsultation,
                          String address, String postalCode, String city, LocalDateTime start, LocalDateTime end,
                          boolean confidential, AppointmentStatus status) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String agentName() {
        return agentFirstName + " " + agentLastName;
    }

    /** "lundi 3 mars 2031". */
    public String day() {
        return frenchDay(start.toLocalDate());
    }

    static String frenchDay(LocalDate day) {
        return day.format(DAY);
    }

    /** What the agent must do when they cannot come, and why. */
    public String absenceNotice() {
        return "En cas d'empêchement, prévenez votre référent au moins " + BookingRules.ABSENCE_NOTICE.toHours()
                + " heures avant la visite : une absence non prévenue à temps est facturée à votre employeur."
                + " Le contenu de la visite reste couvert par le secret médical.";
    }

    /** "09:00". */
    public String time() {
        return start.format(TIME);
    }

    public String endTime() {
        return end.format(TIME);
    }

    /** The cabinet's street address on one line, or the video link's note for a teleconsultation. */
    public String fullAddress() {
        if (teleconsultation) {
            return "Téléconsultation : le lien de connexion vous sera communiqué par le secrétariat";
        }
        var parts = new ArrayList<String>();
        if (address != null) {
            parts.add(address);
        }
        var town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        return parts.isEmpty() ? "adresse à demander au secrétariat" : String.join(", ", parts);
    }

    /** What the agent brings; the same for every visit, so that it tells nothing of the agent's health. */
    public List<String> toBring() {
        var items = new ArrayList<>(List.of("Cette convocation et une pièce d'identité",
                "Votre carnet de vaccination",
                "Vos lunettes ou lentilles si vous en portez",
                "La liste de vos traitements en cours et les documents médicaux que vous jugez utiles"));
        if (teleconsultation) {
            items.add("Un ordinateur ou un téléphone avec caméra et micro, dans un lieu calme où vous êtes seul(e)");
        }
        return items;
    }

    /** Subject line of the e-mails about this appointment. */
    String subject(String prefix) {
        return prefix + " : " + agentName() + ", " + day() + " à " + time();
    }
}
