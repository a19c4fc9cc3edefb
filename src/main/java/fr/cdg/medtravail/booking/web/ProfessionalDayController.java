package fr.cdg.medtravail.booking.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cdg.medtravail.booking.AppointmentStatus;
import fr.cdg.medtravail.booking.AttendanceForm;
import fr.cdg.medtravail.booking.AttendanceService;
import fr.cdg.medtravail.booking.BookingQueries;
import fr.cdg.medtravail.booking.BookingRules;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.Screen;

/** A professional's day: the appointments of the day, each with the buttons that record what happened. */
@Screen
@Controller
@PreAuthorize(Access.STAFF_OR_PROFESSIONAL)
class ProfessionalDayController {

    /** The buttons, in the words of the professional's day. */
    private static final Map<AppointmentStatus, String> BUTTONS = new EnumMap<>(Map.of(
            AppointmentStatus.HELD, "Présent",
            AppointmentStatus.ABSENT_ANNOUNCED, "Absent excusé (prévenu ≥ " + BookingRules.ABSENCE_NOTICE.toHours() + " h)",
            AppointmentStatus.ABSENT_UNJUSTIFIED, "Absent non excusé",
            AppointmentStatus.REPLACED, "Remplacé",
            AppointmentStatus.CANCELLED_BY_SERVICE, "Annulé par le service"));

    private final BookingQueries queries;
    private final AttendanceService attendance;
    private final ProfessionalService professionals;

    ProfessionalDayController(BookingQueries queries, AttendanceService attendance,
                              ProfessionalService professionals) {
        this.queries = queries;
        this.attendance = attendance;
        this.professionals = professionals;
    }

    @GetMapping("/professionnels/{id}/journee")
    String day(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               Model model) {
        var day = date == null ? LocalDate.now(BookingRules.ZONE) : date;
        model.addAttribute("appointments", queries.day(user, id, day));
        model.addAttribute("professional", professionals.get(id));
        model.addAttribute("day", day);
        model.addAttribute("choices", AppointmentStatus.ATTENDANCE);
        model.addAttribute("attendanceLabels", BUTTONS);
        return "rendez-vous/journee";
    }

    @PostMapping("/rendez-vous/{id}/presence")
    String record(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam long professionalId,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam AppointmentStatus status, @RequestParam int version,
                  @RequestParam(required = false) String certificateNote,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  LocalDateTime announcedAt, RedirectAttributes flash) {
        return Outcome.redirect(flash, "/professionnels/" + professionalId + "/journee?date=" + date,
                "Présence enregistrée : " + status.label() + ".",
                () -> attendance.record(user, id, new AttendanceForm(status, version, certificateNote, announcedAt)));
    }
}
