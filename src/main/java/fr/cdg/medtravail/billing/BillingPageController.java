package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.directory.collectivite.Membership;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
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
        model.addAttribute("reminders", service.headcountReminders(shown, LocalDate.now()).stream()
                .filter(reminder -> user.canSeeCollectivite(reminder.collectiviteId())).toList());
        model.addAttribute("categoryProblems", user.isStaff() ? service.categoryProblems(shown).values() : List.of());
        return "facturation/tableau";
    }

    @GetMapping("/facturation/grilles")
    String grids(@RequestParam(required = false) String message, Model model) {
        return gridsPage(model, message, List.of(), Map.of());
    }

    /** A new grid version (administrator); the form's fields are the API's, prices as {@code price_ITEM}. */
    @PreAuthorize(Access.ADMIN)
    @PostMapping("/facturation/grilles")
    String addGrid(@AuthenticationPrincipal CdgUser user, @RequestParam Map<String, String> fields, Model model) {
        var problems = new ArrayList<FieldProblem>();
        var prices = new EnumMap<TariffItem, BigDecimal>(TariffItem.class);
        for (var item : TariffItem.values()) {
            var value = fields.getOrDefault("price_" + item.name(), "").trim();
            if (!value.isEmpty()) {
                prices.put(item, parse(value, "prices." + item, BigDecimal::new, problems));
            }
        }
        var form = new GridForm(parse(fields.get("cdg"), "cdg", Cdg::valueOf, problems),
                parse(fields.get("mission"), "mission", Membership.Service::valueOf, problems),
                parse(fields.get("validFrom"), "validFrom", LocalDate::parse, problems),
                parse(fields.get("validUntil"), "validUntil", LocalDate::parse, problems),
                parse(fields.get("surchargeRule"), "surchargeRule", SurchargeRule::valueOf, problems),
                parse(fields.get("surchargeThreshold"), "surchargeThreshold", v -> new BigDecimal(v.replace(',', '.')),
                        problems),
                fields.get("source"), prices);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var grid = service.addGrid(user, form);
            return "redirect:/facturation/grilles?message=Grille enregistrée : " + grid.label();
        } catch (InvalidInputException e) {
            return gridsPage(model, null, e.problems(), fields);
        }
    }

    private String gridsPage(Model model, String message, List<FieldProblem> problems, Map<String, String> submitted) {
        model.addAttribute("grids", service.grids());
        model.addAttribute("items", TariffItem.values());
        model.addAttribute("rules", SurchargeRule.values());
        model.addAttribute("cdgs", Cdg.values());
        model.addAttribute("message", message);
        model.addAttribute("problems", problems);
        model.addAttribute("submitted", submitted);
        return "facturation/grilles";
    }

    /** A form value, or null when blank; an unreadable one is a problem of its field. */
    private static <T> T parse(String value, String field, Function<String, T> parser, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            problems.add(FieldProblem.of(field, "valeur invalide « " + value + " »"));
            return null;
        }
    }
}
