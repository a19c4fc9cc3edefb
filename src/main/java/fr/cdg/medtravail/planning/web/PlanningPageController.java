package fr.cdg.medtravail.planning.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.planning.horizon.HorizonService;
import fr.cdg.medtravail.planning.PlanningSettings;
import fr.cdg.medtravail.planning.session.NoticeAlert;
import fr.cdg.medtravail.planning.session.SessionService;
import fr.cdg.medtravail.planning.session.SessionStatus;
import fr.cdg.medtravail.security.Access;

/** The planning board: sessions by week, per professional or per cabinet, coloured by collectivité. */
@Controller
@PreAuthorize(Access.STAFF)
class PlanningPageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH);

    record Chip(String name, String colour, int minutes) {
    }

    /** {@code alert}: a draft inside, or about to enter, the notice window. */
    record Cell(String label, boolean published, NoticeAlert alert, List<Chip> chips) {
    }

    record Row(String label, Map<String, Cell> cells) {
    }

    record HalfDayColumn(String key, String label) {
    }

    record Week(String label, List<HalfDayColumn> columns, List<Row> rows) {
    }

    private final HorizonService horizons;
    private final SessionService sessions;
    private final CollectiviteService collectivites;
    private final PlanningSettings settings;
    private final Clock clock;

    PlanningPageController(HorizonService horizons, SessionService sessions, CollectiviteService collectivites,
                           PlanningSettings settings, Clock clock) {
        this.horizons = horizons;
        this.sessions = sessions;
        this.collectivites = collectivites;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/planning")
    String board(@RequestParam(required = false) Long horizon, @RequestParam(defaultValue = "professional") String by,
                 Model model) {
        var all = horizons.horizons();
        model.addAttribute("horizons", all);
        model.addAttribute("by", "cabinet".equals(by) ? "cabinet" : "professional");
        Long selected = horizon != null ? horizon : all.isEmpty() ? null : all.get(0).id();
        model.addAttribute("selected", selected == null ? null : horizons.view(selected));
        model.addAttribute("weeks", selected == null ? List.of() : weeks(selected, "cabinet".equals(by)));
        return "planning/board";
    }

    private List<Week> weeks(long horizonId, boolean byCabinet) {
        var horizon = horizons.horizon(horizonId);
        var stored = sessions.ofHorizon(horizonId);
        var names = collectivites.names(stored.stream().flatMap(s -> s.collectivites().keySet().stream())
                .collect(Collectors.toSet()));
        var today = LocalDate.now(clock);
        var byWeek = new TreeMap<LocalDate, Map<String, Map<String, Cell>>>();
        for (var s : stored) {
            var monday = s.date().with(DayOfWeek.MONDAY);
            var rowLabel = byCabinet ? s.cabinetCode() : s.professionalCode();
            var chips = new ArrayList<Chip>();
            s.collectivites().forEach((id, minutes) ->
                    chips.add(new Chip(names.getOrDefault(id, "#" + id), colour(id), minutes)));
            var cell = new Cell(byCabinet ? s.professionalCode() : s.cabinetCode(),
                    s.status() == SessionStatus.PUBLISHED,
                    NoticeAlert.of(s.status(), s.date(), today, settings), chips);
            var rows = byWeek.computeIfAbsent(monday, m -> new TreeMap<>());
            // Several sessions of one cabinet in a half-day: append them to the same cell.
            rows.computeIfAbsent(rowLabel, r -> new LinkedHashMap<>()).merge(s.date() + "|" + s.halfDay(), cell,
                    (a, b) -> new Cell(a.label() + " · " + b.label(), a.published(),
                            a.alert().compareTo(b.alert()) >= 0 ? a.alert() : b.alert(), concat(a.chips(), b.chips())));
        }
        var weeks = new ArrayList<Week>();
        for (var monday = horizon.start().with(DayOfWeek.MONDAY); !monday.isAfter(horizon.end()); monday = monday.plusWeeks(1)) {
            var columns = new ArrayList<HalfDayColumn>();
            for (int d = 0; d < 5; d++) {
                var day = monday.plusDays(d);
                columns.add(new HalfDayColumn(day + "|AM", DAY.format(day) + " matin"));
                columns.add(new HalfDayColumn(day + "|PM", DAY.format(day) + " après-midi"));
            }
            var rows = byWeek.getOrDefault(monday, Map.of()).entrySet().stream()
                    .map(e -> new Row(e.getKey(), e.getValue())).toList();
            weeks.add(new Week("Semaine du " + DAY.format(monday), columns, rows));
        }
        return weeks;
    }

    private static List<Chip> concat(List<Chip> a, List<Chip> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A stable, readable colour per collectivité, from its id. */
    static String colour(long collectiviteId) {
        long hash = collectiviteId * 2654435761L;
        return "hsl(" + Math.floorMod(hash, 360) + ", 65%, 82%)";
    }
}
