package fr.cdg.medtravail.booking.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cdg.medtravail.booking.AppointmentRequest;
import fr.cdg.medtravail.booking.AttendanceService;
import fr.cdg.medtravail.booking.BookingQueries;
import fr.cdg.medtravail.booking.BookingRules;
import fr.cdg.medtravail.booking.BookingService;
import fr.cdg.medtravail.booking.ConvocationService;
import fr.cdg.medtravail.booking.ReplacementForm;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.visits.VisitKind;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.Screen;

/**
 * The référent's portal, "Mes rendez-vous": the collectivité's published sessions with reserved minutes and free
 * times, its agents to place (most urgent first), placing, replacing and cancelling, convocations and certificates.
 * The secretariat sees any collectivité's; a référent of another collectivité gets the "not found" page.
 */
@Screen
@Controller
@PreAuthorize(Access.STAFF_OR_REFERENT)
class ReferentPortalController {

    /** Agents listed at once; the API gives more. */
    private static final int AGENTS_SHOWN = 50;
    private static final int ALL_AGENTS = 1000;

    private final BookingQueries queries;
    private final BookingService bookings;
    private final AttendanceService attendance;
    private final ConvocationService convocations;
    private final CollectiviteService collectivites;

    ReferentPortalController(BookingQueries queries, BookingService bookings, AttendanceService attendance,
                             ConvocationService convocations, CollectiviteService collectivites) {
        this.queries = queries;
        this.bookings = bookings;
        this.attendance = attendance;
        this.convocations = convocations;
        this.collectivites = collectivites;
    }

    /** The convention's deadlines, as the rules count them. */
    @ModelAttribute
    void deadlines(Model model) {
        model.addAttribute("noticeHours", BookingRules.ABSENCE_NOTICE.toHours());
        model.addAttribute("releaseDays", BookingRules.RELEASE_NOTICE_DAYS);
    }

    @GetMapping("/collectivites/{id}/rendez-vous")
    String portal(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  Model model) {
        var today = LocalDate.now(BookingRules.ZONE);
        var first = from == null ? today : from;
        model.addAttribute("collectivite", collectivites.get(user, id));
        model.addAttribute("from", first);
        model.addAttribute("earlier", first.minusWeeks(8));
        model.addAttribute("later", first.plusWeeks(8));
        model.addAttribute("sessions", queries.sessionsOf(user, id, first, first.plusWeeks(8)));
        model.addAttribute("toPlace", queries.agentsToPlace(user, id, AGENTS_SHOWN));
        return "rendez-vous/portail";
    }

    /** The free times for one agent's visit (htmx fragment under the agent's line). */
    @GetMapping("/collectivites/{id}/rendez-vous/creneaux")
    String slots(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam long agentId,
                 @RequestParam VisitKind visitKind, Model model) {
        var agent = queries.agentsToPlace(user, id, ALL_AGENTS).stream()
                .filter(row -> row.agentId() == agentId && row.visitKind() == visitKind).findFirst();
        var now = LocalDateTime.now(BookingRules.ZONE);
        model.addAttribute("collectiviteId", id);
        model.addAttribute("agent", agent.orElse(null));
        model.addAttribute("slots", agent.map(row -> SlotChoice.of(
                queries.sessionsOf(user, id, now.toLocalDate(), now.toLocalDate().plusWeeks(8)), row, now))
                .orElse(List.of()));
        return "rendez-vous/portail :: creneaux";
    }

    @PostMapping("/collectivites/{id}/rendez-vous")
    String place(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam long agentId,
                 @RequestParam VisitKind visitKind, @RequestParam String slot, RedirectAttributes flash) {
        return Outcome.redirect(flash, Outcome.portal(id), "Rendez-vous réservé.", () -> bookings.place(user,
                new AppointmentRequest(SlotChoice.sessionOf(slot), agentId, visitKind, SlotChoice.startOf(slot)),
                null));
    }

    @PostMapping("/rendez-vous/{id}/annulation")
    String cancel(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam long collectiviteId,
                  @RequestParam int version, RedirectAttributes flash) {
        return Outcome.redirect(flash, Outcome.portal(collectiviteId), "Rendez-vous annulé.",
                () -> bookings.cancel(user, id, version));
    }

    /** {@code agent}: "agentId:VISIT_KIND" of an agent to place. */
    @PostMapping("/rendez-vous/{id}/remplacement")
    String replace(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam long collectiviteId,
                   @RequestParam int version, @RequestParam String agent, RedirectAttributes flash) {
        return Outcome.redirect(flash, Outcome.portal(collectiviteId), "Rendez-vous donné à un autre agent.",
                () -> bookings.replace(user, id, replacement(agent, version)));
    }

    private static ReplacementForm replacement(String agent, int version) {
        try {
            var parts = agent.split(":");
            return new ReplacementForm(Long.valueOf(parts[0]), VisitKind.valueOf(parts[1]), version);
        } catch (RuntimeException e) {
            throw new InvalidInputException("agent", "must be an agent to place offered by the page");
        }
    }

    @GetMapping("/rendez-vous/{id}/convocation")
    String convocation(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        model.addAttribute("c", convocations.convocation(user, id));
        return "rendez-vous/convocation";
    }

    @GetMapping("/rendez-vous/{id}/convocation.pdf")
    ResponseEntity<byte[]> convocationPdf(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("convocation-" + id + ".pdf").build().toString())
                .body(convocations.pdf(user, id));
    }

    @GetMapping("/rendez-vous/{id}/fiche")
    String certificate(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        try {
            model.addAttribute("fiche", attendance.certificate(user, id));
        } catch (ConflictException e) {
            model.addAttribute("refusal", "Pas de fiche de visite : la visite n'a pas eu lieu ou elle est confidentielle.");
        }
        return "rendez-vous/fiche";
    }
}
