package fr.cdg.medtravail.booking.web;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.booking.BookingQueries;
import fr.cdg.medtravail.booking.BookingRules;
import fr.cdg.medtravail.directory.cabinet.Cabinet;
import fr.cdg.medtravail.directory.cabinet.CabinetService;
import fr.cdg.medtravail.directory.professional.Professional;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.web.Screen;

/** The secretariat's view of every published session's fill rate, 4 weeks from a day. */
@Screen
@Controller
@PreAuthorize(Access.STAFF)
class SessionFillRateController {

    private final BookingQueries queries;
    private final CabinetService cabinets;
    private final ProfessionalService professionals;

    SessionFillRateController(BookingQueries queries, CabinetService cabinets, ProfessionalService professionals) {
        this.queries = queries;
        this.cabinets = cabinets;
        this.professionals = professionals;
    }

    @GetMapping("/seances/remplissage")
    String fillRates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     Model model) {
        var first = from == null ? LocalDate.now(BookingRules.ZONE) : from;
        model.addAttribute("from", first);
        model.addAttribute("earlier", first.minusWeeks(4));
        model.addAttribute("later", first.plusWeeks(4));
        model.addAttribute("sessions", queries.fillRates(first, first.plusWeeks(4).minusDays(1)));
        model.addAttribute("cabinets", cabinets.findAll(null).stream()
                .collect(Collectors.toMap(Cabinet::id, cabinet -> cabinet.details().name())));
        model.addAttribute("professionals", professionals.findAll(null).stream()
                .collect(Collectors.toMap(Professional::id, Function.identity())));
        return "rendez-vous/remplissage";
    }
}
