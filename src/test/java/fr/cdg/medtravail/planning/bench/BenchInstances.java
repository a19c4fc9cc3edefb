package fr.cdg.medtravail.planning.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.cdg.medtravail.planning.domain.Cabinet;
import fr.cdg.medtravail.planning.domain.DemandDeriver;
import fr.cdg.medtravail.planning.domain.HalfDay;
import fr.cdg.medtravail.planning.domain.PlanningInput;
import fr.cdg.medtravail.planning.domain.PlanningRules;
import fr.cdg.medtravail.planning.domain.ProfessionalKind;
import fr.cdg.medtravail.planning.domain.TravelEstimator;
import fr.cdg.medtravail.planning.domain.VisitReason;
import org.apache.commons.csv.CSVFormat;

/**
 * Generated planning instances on real communes (until fr.cdg.medtravail.demo.DemoDataGenerator is on main):
 * CIG petite couronne (92, 93, 94) and CDG69 (Rhône without Lyon and Villeurbanne), 13 weeks from 5 April 2027.
 */
public final class BenchInstances {

    public static final LocalDate START = LocalDate.of(2027, 4, 5);
    public static final Map<VisitReason, Integer> DURATIONS = new EnumMap<>(Map.of(VisitReason.VIP, 30,
            VisitReason.SMP, 30, VisitReason.HIRING, 30, VisitReason.RETURN, 45, VisitReason.REQUEST, 30,
            VisitReason.ADJUSTMENT, 30));

    private record Commune(String name, String departement, double lat, double lon, int population) {
    }

    public record Preset(String name, Set<String> departements, int maxPopulation, double agentsPerInhabitant,
                         int extraEmployers, int cdgPremises, int sharedOffices, int ownOffices, int doctors,
                         int nurses) {
    }

    public static final Preset CIG = new Preset("cig", Set.of("92", "93", "94"), Integer.MAX_VALUE, 0.019, 80, 4, 10,
            20, 18, 28);
    public static final Preset CDG69 = new Preset("cdg69", Set.of("69"), 100_000, 0.012, 40, 2, 8, 8, 10, 16);

    private BenchInstances() {
    }

    public static PlanningInput build(Preset preset, Path communesCsv, int weeks, long seed) throws IOException {
        var random = new Random(seed);
        var travel = TravelEstimator.urban();
        var communes = communes(preset, communesCsv);
        var end = START.plusWeeks(weeks).minusDays(1);
        var rules = new PlanningRules(60, 45, 210, START);

        // Employers: one per commune, plus CCAS / syndicats seated in a random commune.
        record Employer(long id, Commune seat, int agents) {
        }
        var employers = new ArrayList<Employer>();
        for (var commune : communes) {
            employers.add(new Employer(employers.size() + 1, commune,
                    Math.max(3, (int) (commune.population() * preset.agentsPerInhabitant()))));
        }
        for (int i = 0; i < preset.extraEmployers(); i++) {
            employers.add(new Employer(employers.size() + 1, communes.get(random.nextInt(communes.size())),
                    5 + random.nextInt(120)));
        }

        var cabinets = new ArrayList<PlanningInput.CabinetRow>();
        var byPopulation = communes.stream().sorted((a, b) -> b.population() - a.population()).toList();
        var weekdays = new HashSet<Integer>();
        for (int dow = 1; dow <= 5; dow++) {
            weekdays.add(Cabinet.openingKey(dow, HalfDay.Part.AM));
            weekdays.add(Cabinet.openingKey(dow, HalfDay.Part.PM));
        }
        for (int i = 0; i < preset.cdgPremises(); i++) {
            var seat = byPopulation.get(i * 3);
            cabinets.add(new PlanningInput.CabinetRow(cabinets.size() + 1, "CDG" + i, 4, weekdays, seat.lat(), seat.lon(), null));
        }
        for (int i = 0; i < preset.sharedOffices(); i++) {
            var seat = communes.get(random.nextInt(communes.size()));
            var open = new HashSet<>(weekdays);
            open.remove(Cabinet.openingKey(3, HalfDay.Part.PM));
            cabinets.add(new PlanningInput.CabinetRow(cabinets.size() + 1, "REG" + i, 2, open, seat.lat(), seat.lon(), null));
        }
        for (int i = 0; i < preset.ownOffices(); i++) {
            var employer = employers.get(communes.indexOf(byPopulation.get(i)));
            cabinets.add(new PlanningInput.CabinetRow(cabinets.size() + 1, "COL" + i, 1 + random.nextInt(2), weekdays,
                    employer.seat().lat(), employer.seat().lon(), employer.id()));
        }

        var collectivites = employers.stream().map(e -> {
            var minutes = new HashMap<Long, Integer>();
            cabinets.forEach(c -> minutes.put(c.id(), travel.minutes(e.seat().lat(), e.seat().lon(), c.latitude(), c.longitude())));
            return new PlanningInput.CollectiviteRow(e.id(), e.seat().name() + " #" + e.id(), minutes);
        }).toList();

        var professionals = new ArrayList<PlanningInput.ProfessionalRow>();
        for (int i = 0; i < preset.doctors() + preset.nurses(); i++) {
            var kind = i < preset.doctors() ? ProfessionalKind.DOCTOR : ProfessionalKind.NURSE;
            double ratio = switch (random.nextInt(7)) {
                case 0 -> 0.5;
                case 1, 2 -> 0.8;
                default -> 1.0;
            };
            var home = communes.get(random.nextInt(communes.size()));
            var leaveStart = START.plusWeeks(1 + random.nextInt(weeks - 2)).with(DayOfWeek.MONDAY);
            var leave = new PlanningInput.Leave(new HalfDay(leaveStart, HalfDay.Part.AM),
                    new HalfDay(leaveStart.plusDays(4 + 7L * random.nextInt(2)), HalfDay.Part.PM));
            professionals.add(new PlanningInput.ProfessionalRow(1000 + i, (kind == ProfessionalKind.DOCTOR ? "MDT" : "IST") + i,
                    kind, ratio, home.lat(), home.lon(), pattern(ratio), List.of(leave)));
        }

        var agents = new ArrayList<DemandDeriver.AgentFacts>();
        for (var employer : employers) {
            for (int a = 0; a < employer.agents(); a++) {
                agents.add(agent(employer.id(), random));
            }
        }
        var deriver = new DemandDeriver(DURATIONS, rules.sessionMinutes());
        var derived = deriver.derive(START, end, agents, List.of(), List.of());
        var units = new ArrayList<PlanningInput.UnitRow>();
        for (var row : derived) {
            units.add(new PlanningInput.UnitRow(units.size() + 1, row.collectiviteId(), row.kind(), row.reason(),
                    row.minutes(), row.priority(), null));
        }
        return new PlanningInput(1, START, end, rules, collectivites, cabinets, professionals, units);
    }

    private static DemandDeriver.AgentFacts agent(long employerId, Random random) {
        var hire = START.minusDays(random.nextInt(25 * 365));
        boolean recent = random.nextInt(100) < 3;
        if (recent) {
            return new DemandDeriver.AgentFacts(employerId, START.minusDays(random.nextInt(150)), random.nextBoolean(),
                    false, null, null, null, null);
        }
        var lastVip = START.minusDays(random.nextInt(25 * 30 + 1));
        boolean smp = random.nextInt(100) < 12;
        Integer interval = smp ? List.of(6, 12, 24).get(random.nextInt(3)) : null;
        var lastDoctor = smp ? lastVip.minusMonths(interval == null ? 0 : interval).plusDays(random.nextInt(60)) : null;
        return new DemandDeriver.AgentFacts(employerId, hire, random.nextInt(100) < 40, smp, interval, lastVip,
                lastDoctor, null);
    }

    private static Set<Integer> pattern(double ratio) {
        var keys = new HashSet<Integer>();
        for (int dow = 1; dow <= 5; dow++) {
            for (var part : HalfDay.Part.values()) {
                boolean works = ratio >= 1.0 || (ratio >= 0.8 ? dow != 3 : dow <= 2 || (dow == 4 && part == HalfDay.Part.AM));
                if (works) {
                    keys.add(Cabinet.openingKey(dow, part));
                }
            }
        }
        return keys;
    }

    private static List<Commune> communes(Preset preset, Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            var list = new ArrayList<Commune>();
            for (var record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                var commune = new Commune(record.get("name"), record.get("departement"),
                        Double.parseDouble(record.get("lat")), Double.parseDouble(record.get("lng")),
                        Integer.parseInt(record.get("population_2021")));
                if (preset.departements().contains(commune.departement()) && commune.population() <= preset.maxPopulation()) {
                    list.add(commune);
                }
            }
            return list;
        }
    }
}
