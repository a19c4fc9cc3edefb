package fr.cdg.medtravail.booking;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;

@Tag(name = "Booking", description = "Appointments on published sessions: référents for their collectivités, the"
        + " secretariat for all; attendance by the session's professional or the secretariat")
@RestController
@PreAuthorize(Access.STAFF_OR_REFERENT)
class BookingApiController {

    private final BookingService bookings;
    private final BookingQueries queries;
    private final AttendanceService attendance;
    private final Replanning replanning;

    BookingApiController(BookingService bookings, BookingQueries queries, AttendanceService attendance,
                         Replanning replanning) {
        this.bookings = bookings;
        this.queries = queries;
        this.attendance = attendance;
        this.replanning = replanning;
    }

    @Operation(summary = "Published sessions open to the collectivité (from today, 8 weeks by default), with free times")
    @GetMapping("/api/collectivites/{id}/sessions")
    List<SessionOffer> sessions(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.sessionsOf(user, id, from, to);
    }

    @Operation(summary = "Due visits of the collectivité's agents without an appointment, most urgent first")
    @GetMapping("/api/collectivites/{id}/agents-to-place")
    List<AgentToPlace> agentsToPlace(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                     @Parameter(description = "1 to 1000") @RequestParam(defaultValue = "200") int limit) {
        return queries.agentsToPlace(user, id, limit);
    }

    @Operation(summary = "Give reserved minutes back: 15 days ahead or more they go to the pool, later they are unused")
    @PostMapping("/api/collectivites/{id}/sessions/{sessionId}/releases")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @PathVariable long sessionId,
                 @RequestBody ReleaseForm form) {
        bookings.release(user, id, sessionId, form);
    }

    @Operation(summary = "Put a due agent on the waitlist of minutes given back near the collectivité")
    @PostMapping("/api/collectivites/{id}/waitlist")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void waitlist(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestBody WaitlistForm form) {
        bookings.waitFor(user, id, form);
    }

    @Operation(summary = "Place an agent; a retry with the same Idempotency-Key books once")
    @PostMapping("/api/appointments")
    ResponseEntity<Appointment> place(@AuthenticationPrincipal CdgUser user, @RequestBody AppointmentRequest request,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var booked = bookings.place(user, request, key);
        return ResponseEntity.created(URI.create("/api/appointments/" + booked.appointment().id()))
                .header("Idempotent-Replayed", String.valueOf(booked.replayed())).body(booked.appointment());
    }

    @Operation(summary = "An appointment and its history")
    @PreAuthorize(Access.STAFF_OR_REFERENT + " or hasRole('PROFESSIONAL')")
    @GetMapping("/api/appointments/{id}")
    AppointmentDetail get(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return attendance.detail(user, id);
    }

    @Operation(summary = "Cancel: less than 48 hours before, the référent's cancellation is an unjustified absence")
    @DeleteMapping("/api/appointments/{id}")
    Appointment cancel(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                       @RequestParam(required = false) Integer version) {
        return bookings.cancel(user, id, version);
    }

    @Operation(summary = "Give the appointment's time to another agent")
    @PostMapping("/api/appointments/{id}/replacement")
    ResponseEntity<Appointment> replace(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                        @RequestBody ReplacementForm form) {
        var appointment = bookings.replace(user, id, form);
        return ResponseEntity.created(URI.create("/api/appointments/" + appointment.id())).body(appointment);
    }

    @Operation(summary = "Record what happened: held, absent (announced or not), replaced, cancelled by the service")
    @PreAuthorize(Access.STAFF_OR_PROFESSIONAL)
    @PostMapping("/api/appointments/{id}/attendance")
    Appointment attendance(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                           @RequestBody AttendanceForm form) {
        return attendance.record(user, id, form);
    }

    @Operation(summary = "The employer's certificate of a held, non-confidential visit")
    @GetMapping("/api/appointments/{id}/certificate")
    VisitCertificate certificate(@AuthenticationPrincipal CdgUser user, @PathVariable long id) {
        return attendance.certificate(user, id);
    }

    @Operation(summary = "A professional's appointments of a day (today by default)")
    @PreAuthorize(Access.STAFF_OR_PROFESSIONAL)
    @GetMapping("/api/professionals/{id}/appointments")
    List<ScheduledAppointment> day(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return queries.day(user, id, date);
    }

    @Operation(summary = "Fill rate of the published sessions between two days (4 weeks from today by default)")
    @PreAuthorize(Access.STAFF)
    @GetMapping("/api/booking/fill-rates")
    List<SessionFillRate> fillRates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.fillRates(from, to);
    }

    @Operation(summary = "Appointments of re-planned sessions waiting for the secretariat's decision")
    @PreAuthorize(Access.STAFF)
    @GetMapping("/api/booking/to-replan")
    List<Appointment> toReplan() {
        return replanning.toReplan();
    }

    @Operation(summary = "A cabinet's opening hours for a half-day, e.g. {\"hours\": \"09:00-12:30\"} (default 08:30-12:00, 13:30-17:00)")
    @PreAuthorize(Access.STAFF)
    @PutMapping("/api/cabinets/{id}/hours/{half}")
    Map<String, String> hours(@PathVariable long id, @PathVariable Half half, @RequestBody Map<String, String> body) {
        return Map.of("hours", bookings.setHours(id, half, body.get("hours")).toString());
    }
}
