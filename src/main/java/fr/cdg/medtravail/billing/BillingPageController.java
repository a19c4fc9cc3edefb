package fr.cdg.medtravail.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.Screen;

/**
 * "Facturation": the dashboards (drawn in the browser from {@code /api/billing/dashboard}), the absence ledgers and
 * the issued statements of the collectivités the user sees; for the staff, the headcounts still to declare and the
 * tariff categories to check.
 */
@Screen
@Controller
class BillingPageController {

    private final BillingService service;
    private final CollectiviteService collectivites;

    BillingPageController(BillingService service, CollectiviteService collectivites) {
        this.service = service;
        this.collectivites = collectivites;
    }

    @GetMapping("/facturation")
    String dashboard(@AuthenticationPrincipal CdgUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now().getYear() : year;
        model.addAttribute("year", shown);
        var ledgers = service.ledgers(user, shown);
        model.addAttribute("ledgers", ledgers);
        model.addAttribute("names", collectivites.names(ledgers.stream().map(AbsenceLedger::collectiviteId).toList()));
        model.addAttribute("statements", user.isStaff()
                ? Stream.of(BillingPeriod.values()).flatMap(p -> service.statements(shown, p).stream()).toList()
                : user.collectiviteIds().stream().sorted()
                        .flatMap(id -> service.statementsOf(user, id, shown).stream()).toList());
        model.addAttribute("staff", user.isStaff());
        model.addAttribute("reminders", user.isStaff() ? service.headcountReminders(shown, LocalDate.now()) : List.of());
        model.addAttribute("categoryProblems", user.isStaff() ? service.categoryProblems(shown).values() : List.of());
        return "facturation/tableau";
    }
}
