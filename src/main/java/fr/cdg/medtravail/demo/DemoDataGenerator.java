package fr.cdg.medtravail.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cdg.medtravail.demo.DemoData.AgentRow;
import fr.cdg.medtravail.demo.DemoData.CabinetRow;
import fr.cdg.medtravail.demo.DemoData.CollectiviteRow;
import fr.cdg.medtravail.demo.DemoData.HalfDayRow;
import fr.cdg.medtravail.demo.DemoData.HeadcountRow;
import fr.cdg.medtravail.demo.DemoData.LeaveRow;
import fr.cdg.medtravail.demo.DemoData.MembershipRow;
import fr.cdg.medtravail.demo.DemoData.ProfessionalRow;
import fr.cdg.medtravail.travel.GreatCircle;

/**
 * Builds demo and benchmark data for a {@link Preset}, deterministically from a seed: the same seed, preset, communes
 * file and reference date give the same data. Pure Java, no Spring, no database.
 *
 * <p>With a communes file the real communes (INSEE codes, SIRENs, positions, populations) are used; otherwise an
 * invented geography of the same size. CCAS, EPTs and syndicats get generated SIRENs (Luhn-valid, never colliding).
 * Agents are spread in proportion to population and scaled to the preset's total.
 */
public class DemoDataGenerator {

    /** Share of a commune's population employed by its CCAS, and by an EPT for its communes. */
    private static final double CCAS_AGENTS_PER_INHABITANT = 0.0015;
    private static final double EPT_AGENTS_PER_INHABITANT = 0.0035;
    /** Below this many agents affiliation to the CDG is compulsory (loi du 26 janvier 1984, art. 15). */
    private static final int COMPULSORY_AFFILIATION_BELOW = 350;
    /** Non-affiliated employers above this may run their own secretariat (convention MEDPREV). */
    private static final int OWN_SECRETARIAT_ABOVE = 800;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final List<Double> WORKING_RATIOS = List.of(0.5, 0.6, 0.7, 0.8, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0);

    private record Ept(String name, String departement, String seatInsee) {
    }

    /** The 11 établissements publics territoriaux of the Métropole du Grand Paris in the petite couronne. */
    private static final List<Ept> EPTS = List.of(
            new Ept("Vallée Sud - Grand Paris", "92", "92002"),
            new Ept("Grand Paris Seine Ouest", "92", "92048"),
            new Ept("Paris Ouest La Défense", "92", "92050"),
            new Ept("Boucle Nord de Seine", "92", "92036"),
            new Ept("Plaine Commune", "93", "93066"),
            new Ept("Paris Terres d'Envol", "93", "93005"),
            new Ept("Est Ensemble", "93", "93063"),
            new Ept("Grand Paris Grand Est", "93", "93051"),
            new Ept("Paris-Est-Marne et Bois", "94", "94017"),
            new Ept("Grand-Orly Seine Bièvre", "94", "94081"),
            new Ept("Grand Paris Sud Est Avenir", "94", "94028"));

    private static final List<String> SYNDICAT_NAMES = List.of(
            "Syndicat intercommunal de restauration collective %s", "SIVOM %s et environs",
            "Syndicat des eaux %s", "Syndicat intercommunal d'assainissement %s",
            "Syndicat intercommunal du cimetière %s", "Syndicat mixte de la piscine %s",
            "SIVU du conservatoire %s", "Syndicat intercommunal de transport scolaire %s",
            "Syndicat intercommunal de la petite enfance %s", "Syndicat d'énergie %s");

    /** Generates with today as reference date (visit dates, leaves and headcount years are relative to it). */
    public DemoData generate(Preset preset, long seed, Optional<Path> communesCsv) {
        return generate(preset, seed, communesCsv, LocalDate.now());
    }

    public DemoData generate(Preset preset, long seed, Optional<Path> communesCsv, LocalDate referenceDate) {
        var random = new SplittableRandom(seed);
        var geographyRandom = random.split();
        var communes = communesCsv
                .map(path -> CommunesFile.read(path).stream()
                        .filter(c -> preset.departements().contains(c.departement()))
                        .filter(c -> !preset.excludedInsee.contains(c.insee()))
                        .sorted(Comparator.comparing(Commune::insee))
                        .toList())
                .orElseGet(() -> InventedGeography.communes(preset, geographyRandom));
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("the communes file has no commune of départements " + preset.departements());
        }
        return new Run(preset, seed, referenceDate, random, communes).build(communesCsv.isPresent());
    }

    /** One generation: the random streams and what has been built so far. */
    private static final class Run {

        private final Preset preset;
        private final long seed;
        private final LocalDate today;
        private final SplittableRandom directoryRandom;
        private final SplittableRandom agentRandom;
        private final SplittableRandom professionalRandom;
        private final SplittableRandom cabinetRandom;
        private final List<Commune> communes;
        private final SirenAllocator sirens;

        /** Collectivités under construction: where they are and how many agents they get (before scaling). */
        private final List<Draft> drafts = new ArrayList<>();

        private record Draft(String siren, String name, String kind, Commune seat, String address, double weight) {
        }

        Run(Preset preset, long seed, LocalDate today, SplittableRandom random, List<Commune> communes) {
            this.preset = preset;
            this.seed = seed;
            this.today = today;
            this.directoryRandom = random.split();
            this.agentRandom = random.split();
            this.professionalRandom = random.split();
            this.cabinetRandom = random.split();
            this.communes = communes;
            this.sirens = new SirenAllocator(random.split());
            communes.stream().map(Commune::siren).filter(s -> !s.isBlank()).forEach(sirens::reserve);
        }

        DemoData build(boolean realGeography) {
            draftCommunesAndCcas();
            if (preset.epts) {
                draftEpts();
            }
            draftSyndicats();
            var headcounts = scaleHeadcounts();
            var collectivites = new ArrayList<CollectiviteRow>(drafts.size());
            var agents = new ArrayList<AgentRow>(preset.agents + preset.agents / 20);
            for (int i = 0; i < drafts.size(); i++) {
                collectivites.add(collectivite(drafts.get(i), headcounts[i]));
                addAgents(i, drafts.get(i).kind(), headcounts[i], agents);
            }
            var professionals = professionals();
            var cabinets = cabinets();
            return new DemoData(preset, seed, today, realGeography, List.copyOf(collectivites), List.copyOf(agents),
                    professionals, cabinets, referentCollectivite(collectivites, headcounts), 0);
        }

        // --- collectivités ---------------------------------------------------------------------------------

        private void draftCommunesAndCcas() {
            for (var commune : communes) {
                var siren = commune.siren().isBlank() ? sirens.next("21" + commune.departement()) : commune.siren();
                drafts.add(new Draft(siren, commune.name(), "COMMUNE", commune, "Hôtel de ville, place de la Mairie",
                        commune.population() * preset.agentsPerInhabitant));
            }
            for (var commune : communes) {
                if (commune.population() >= preset.ccasMinPopulation) {
                    drafts.add(new Draft(sirens.next("26" + commune.departement()), "CCAS " + FrenchNames.of(commune.name()),
                            "CCAS", commune, FrenchNames.address(directoryRandom),
                            Math.max(1, commune.population() * CCAS_AGENTS_PER_INHABITANT)));
                }
            }
        }

        /** Each commune belongs to the EPT of its département whose seat is nearest (close to the real map). */
        private void draftEpts() {
            var byInsee = communes.stream().collect(Collectors.toMap(Commune::insee, Function.identity()));
            var seats = new ArrayList<Commune>();
            for (var ept : EPTS) {
                var ofDepartement = communes.stream().filter(c -> c.departement().equals(ept.departement()))
                        .sorted(Comparator.comparingInt(Commune::population).reversed()).toList();
                // Invented geography: the k-th largest commune of the département stands in for the real seat.
                int rank = (int) EPTS.stream().filter(e -> e.departement().equals(ept.departement()))
                        .takeWhile(e -> e != ept).count();
                seats.add(byInsee.getOrDefault(ept.seatInsee(), ofDepartement.get(rank % ofDepartement.size())));
            }
            var population = new double[EPTS.size()];
            for (var commune : communes) {
                int nearest = -1;
                for (int e = 0; e < EPTS.size(); e++) {
                    if (EPTS.get(e).departement().equals(commune.departement())
                            && (nearest < 0 || distance(commune, seats.get(e)) < distance(commune, seats.get(nearest)))) {
                        nearest = e;
                    }
                }
                if (nearest >= 0) {
                    population[nearest] += commune.population();
                }
            }
            for (int e = 0; e < EPTS.size(); e++) {
                drafts.add(new Draft(sirens.next("2000"), "Établissement public territorial " + EPTS.get(e).name(),
                        "EPT", seats.get(e), FrenchNames.address(directoryRandom),
                        Math.max(50, population[e] * EPT_AGENTS_PER_INHABITANT)));
            }
        }

        private void draftSyndicats() {
            int missing = preset.collectivites - drafts.size();
            var names = new HashSet<String>();
            while (missing > 0) {
                var seat = communes.get(directoryRandom.nextInt(communes.size()));
                var name = FrenchNames.pick(SYNDICAT_NAMES, directoryRandom).formatted(FrenchNames.of(seat.name()));
                if (names.add(name)) {
                    drafts.add(new Draft(sirens.next("25"), name, "SYNDICAT", seat,
                            FrenchNames.address(directoryRandom),
                            Math.min(600, 3 + Math.exp(3 + directoryRandom.nextGaussian()))));
                    missing--;
                }
            }
        }

        private int[] scaleHeadcounts() {
            double total = drafts.stream().mapToDouble(Draft::weight).sum();
            double factor = preset.agents / total;
            return drafts.stream().mapToInt(d -> (int) Math.max(1, Math.round(d.weight() * factor))).toArray();
        }

        private CollectiviteRow collectivite(Draft draft, int headcount) {
            boolean affiliated = headcount < COMPULSORY_AFFILIATION_BELOW || directoryRandom.nextDouble() < 0.4;
            boolean ownSecretariat = !affiliated && headcount > OWN_SECRETARIAT_ABOVE && directoryRandom.nextDouble() < 0.6;
            var tariff = affiliated ? "AFFILIATED" : ownSecretariat ? "NON_AFFILIATED_OWN_SECRETARIAT" : "NON_AFFILIATED";
            var memberships = new ArrayList<MembershipRow>();
            memberships.add(new MembershipRow("PREVENTIVE",
                    LocalDate.of(today.getYear() - 1 - directoryRandom.nextInt(12), 1, 1), null, tariff));
            if (directoryRandom.nextDouble() < 0.7) {
                memberships.add(new MembershipRow("STATUTORY",
                        LocalDate.of(today.getYear() - directoryRandom.nextInt(8), 1, 1), null, tariff));
            }
            int lastYear = (int) Math.round(headcount * (0.97 + 0.06 * directoryRandom.nextDouble()));
            var headcounts = List.of(
                    new HeadcountRow(today.getYear() - 1, lastYear, declaredOn(today.getYear() - 1)),
                    new HeadcountRow(today.getYear(), headcount, declaredOn(today.getYear())));
            var first = FrenchNames.pick(FrenchNames.FIRST_NAMES, directoryRandom);
            var last = FrenchNames.pick(FrenchNames.LAST_NAMES, directoryRandom);
            var seat = draft.seat();
            boolean ownSeat = draft.kind().equals("COMMUNE");
            return new CollectiviteRow(draft.siren(), draft.name(), draft.kind(), affiliated, ownSecretariat,
                    ownSeat ? seat.insee() : null, draft.address(), seat.postalCode(), seat.name(),
                    jitter(seat.latitude(), ownSeat ? 0 : 0.004), jitter(seat.longitude(), ownSeat ? 0 : 0.006),
                    first + " " + last,
                    FrenchNames.slug(first) + "." + FrenchNames.slug(last) + "@" + FrenchNames.slug(seat.name()) + ".fr",
                    phone(directoryRandom), headcounts, List.copyOf(memberships));
        }

        /** Headcounts at 1 January are declared before 31 March. */
        private LocalDate declaredOn(int year) {
            var declared = LocalDate.of(year, 1, 15).plusDays(directoryRandom.nextInt(70));
            return declared.isAfter(today) ? today : declared;
        }

        private String phone(SplittableRandom random) {
            return preset.phonePrefix + " %02d %02d %02d %02d".formatted(random.nextInt(100), random.nextInt(100),
                    random.nextInt(100), random.nextInt(100));
        }

        private double jitter(double degrees, double amplitude) {
            return InventedGeography.round5(degrees + amplitude * (directoryRandom.nextDouble() - 0.5));
        }

        /** The demo référent speaks for the largest affiliated commune: a typical, well-filled collectivité. */
        private int referentCollectivite(List<CollectiviteRow> collectivites, int[] headcounts) {
            int best = 0;
            for (int i = 0; i < collectivites.size(); i++) {
                var c = collectivites.get(i);
                if (c.kind().equals("COMMUNE") && c.affiliated()
                        && (!collectivites.get(best).affiliated() || headcounts[i] > headcounts[best])) {
                    best = i;
                }
            }
            return best;
        }

        // --- agents ----------------------------------------------------------------------------------------

        private void addAgents(int collectivite, String kind, int count, List<AgentRow> agents) {
            var posts = Posts.forKind(kind);
            var random = agentRandom;
            for (int n = 1; n <= count; n++) {
                var post = posts.pick(random);
                double age = Math.min(66.9, Math.max(18.1, 44 + 10.5 * random.nextGaussian()));
                var birth = today.minusDays(Math.round(age * DAYS_PER_YEAR));
                double seniority = Math.min(age - 18, 40) * Math.pow(random.nextDouble(), 1.5);
                var hire = today.minusDays(Math.round(seniority * DAYS_PER_YEAR));
                int daysSinceHire = (int) (today.toEpochDay() - hire.toEpochDay());
                boolean smp = random.nextDouble() < post.smpShare() || random.nextDouble() < 0.03;
                Integer interval = !smp ? null : post.name().equals("Policier municipal") || random.nextBoolean() ? 12 : 24;
                // Two-yearly VIP: drawing the last one over 30 months leaves about a fifth of the agents overdue.
                LocalDate lastVip = daysSinceHire < 90 && random.nextBoolean() || random.nextDouble() < 0.03
                        ? null : today.minusDays(Math.min(daysSinceHire, random.nextInt(913)));
                LocalDate lastDoctor;
                if (smp) {
                    lastDoctor = today.minusDays(Math.min(daysSinceHire, random.nextInt((int) (interval * 30.4 * 1.3))));
                } else {
                    lastDoctor = random.nextBoolean() ? null : today.minusDays(Math.min(daysSinceHire, random.nextInt(6 * 365)));
                }
                agents.add(new AgentRow(collectivite, matricule(n),
                        FrenchNames.pick(FrenchNames.LAST_NAMES, random), FrenchNames.pick(FrenchNames.FIRST_NAMES, random),
                        birth, post.name(), hire, post.administrative(), smp, interval, lastVip, lastDoctor));
            }
        }

        /** "M00042": String.format is too slow for 145,000 agents. */
        private static String matricule(int n) {
            var digits = Integer.toString(n);
            return "M" + "00000".substring(Math.min(5, digits.length())) + digits;
        }

        // --- professionals ---------------------------------------------------------------------------------

        private List<ProfessionalRow> professionals() {
            var professionals = new ArrayList<ProfessionalRow>();
            addProfessionals(professionals, "OCCUPATIONAL_DOCTOR", "MED", preset.doctors);
            addProfessionals(professionals, "NURSE", "IST", preset.nurses);
            addProfessionals(professionals, "APPROVED_DOCTOR", "MAG", preset.approvedDoctors);
            return List.copyOf(professionals);
        }

        private void addProfessionals(List<ProfessionalRow> professionals, String kind, String prefix, int count) {
            var random = professionalRandom;
            for (int n = 1; n <= count; n++) {
                var first = FrenchNames.pick(FrenchNames.FIRST_NAMES, random);
                var last = FrenchNames.pick(FrenchNames.LAST_NAMES, random);
                double ratio = kind.equals("APPROVED_DOCTOR") ? 0.5 : FrenchNames.pick(WORKING_RATIOS, random);
                var home = communes.get(random.nextInt(communes.size()));
                boolean paris = preset == Preset.CIG && random.nextDouble() < 0.25;
                double latitude = paris ? 48.8566 : home.latitude();
                double longitude = paris ? 2.3522 : home.longitude();
                var address = FrenchNames.address(random) + ", "
                        + (paris ? "750%02d Paris".formatted(1 + random.nextInt(20)) : home.postalCode() + " " + home.name());
                professionals.add(new ProfessionalRow(preset.name() + "-" + prefix + "-%02d".formatted(n), kind, last, first,
                        FrenchNames.slug(first) + "." + FrenchNames.slug(last) + "@" + preset.emailDomain,
                        BigDecimal.valueOf(ratio).setScale(2), address,
                        InventedGeography.round5(latitude + 0.03 * (random.nextDouble() - 0.5)),
                        InventedGeography.round5(longitude + 0.04 * (random.nextDouble() - 0.5)),
                        week((int) Math.round(ratio * 10), random), leaves(random)));
            }
        }

        /** The working half-days of a part-timer: whole days off first (often Wednesday), then one half-day. */
        private static List<HalfDayRow> week(int halfDays, SplittableRandom random) {
            var days = new ArrayList<>(List.of(1, 2, 3, 4, 5));
            InventedGeography.shuffle(days, random);
            if (random.nextBoolean()) {
                days.remove(Integer.valueOf(3));
                days.add(0, 3);
            }
            int daysOff = (10 - halfDays) / 2;
            var week = new ArrayList<HalfDayRow>();
            for (int day = 1; day <= 5; day++) {
                if (days.subList(0, daysOff).contains(day)) {
                    continue;
                }
                week.add(new HalfDayRow(day, "AM"));
                boolean halfDayOff = halfDays % 2 == 1 && daysOff < 5 && day == days.get(daysOff);
                if (!halfDayOff) {
                    week.add(new HalfDayRow(day, "PM"));
                }
            }
            return List.copyOf(week);
        }

        /**
         * Leaves around the reference date: three summer weeks, often a week of the school holidays (February,
         * spring, Toussaint, Christmas), sometimes a training day or a sick leave. Never overlapping.
         */
        private List<LeaveRow> leaves(SplittableRandom random) {
            var leaves = new ArrayList<LeaveRow>();
            for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
                var summer = LocalDate.of(year, Month.JULY, 7).plusWeeks(random.nextInt(5))
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                addLeave(leaves, new LeaveRow("LEAVE", summer, "AM", summer.plusDays(18), "PM"));
                var schoolWeeks = schoolHolidayMondays(year);
                for (var monday : schoolWeeks) {
                    if (random.nextDouble() < 0.35) {
                        addLeave(leaves, new LeaveRow("LEAVE", monday, "AM", monday.plusDays(4), "PM"));
                    }
                }
            }
            if (random.nextDouble() < 0.3) {
                var day = workingDay(today.plusDays(7 + random.nextInt(180)));
                boolean halfDay = random.nextBoolean();
                addLeave(leaves, new LeaveRow("TRAINING", day, "AM", day, halfDay ? "AM" : "PM"));
            }
            if (random.nextDouble() < 0.1) {
                var start = workingDay(today.minusDays(random.nextInt(20)));
                addLeave(leaves, new LeaveRow("SICK", start, "AM", start.plusDays(2 + random.nextInt(12)), "PM"));
            }
            var horizonStart = today.minusDays(60);
            return leaves.stream().filter(l -> !l.endDate().isBefore(horizonStart))
                    .sorted(Comparator.comparing(LeaveRow::startDate)).toList();
        }

        /** Mondays of a week of the February, spring, Toussaint and Christmas school holidays (zone of the preset). */
        private List<LocalDate> schoolHolidayMondays(int year) {
            int zoneShift = preset.holidays == Preset.Holidays.ZONE_A ? 0 : 1;
            return List.of(
                    LocalDate.of(year, Month.FEBRUARY, 7).plusWeeks(zoneShift).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                    LocalDate.of(year, Month.APRIL, 5).plusWeeks(zoneShift).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                    LocalDate.of(year, Month.OCTOBER, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                    LocalDate.of(year, Month.DECEMBER, 21).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        }

        private static LocalDate workingDay(LocalDate date) {
            return date.getDayOfWeek().getValue() > 5 ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : date;
        }

        private static void addLeave(List<LeaveRow> leaves, LeaveRow leave) {
            boolean overlaps = leaves.stream().anyMatch(other -> !other.endDate().isBefore(leave.startDate())
                    && !leave.endDate().isBefore(other.startDate()));
            if (!overlaps) {
                leaves.add(leave);
            }
        }

        // --- cabinets --------------------------------------------------------------------------------------

        /**
         * The CDG's seat and antennas, medical offices lent by the largest communes, shared offices spread to cover
         * the territory (each placed in the commune farthest from every cabinet so far), and one teleconsultation.
         */
        private List<CabinetRow> cabinets() {
            var random = cabinetRandom;
            var communeIndex = new HashMap<String, Integer>();
            for (int i = 0; i < drafts.size(); i++) {
                if (drafts.get(i).kind().equals("COMMUNE")) {
                    communeIndex.put(drafts.get(i).seat().insee(), i);
                }
            }
            var byPopulation = communes.stream().sorted(Comparator.comparingInt(Commune::population).reversed()
                    .thenComparing(Commune::insee)).toList();
            var seat = communes.stream().filter(c -> c.insee().equals(preset.seatInsee)).findFirst()
                    .orElse(byPopulation.get(0));
            var placed = new ArrayList<Commune>(List.of(seat));
            var cabinets = new ArrayList<CabinetRow>();
            cabinets.add(cabinet(cabinets.size(), preset.cdgName + " - siège", "CDG_PREMISES", preset.seatAddress,
                    seat, 4, null, fullWeek()));
            for (int n = 1; n < preset.cdgPremises; n++) {
                var commune = farthestFrom(placed);
                placed.add(commune);
                cabinets.add(cabinet(cabinets.size(), preset.cdgName + " - antenne " + FrenchNames.of(commune.name()),
                        "CDG_PREMISES", FrenchNames.address(random), commune, 3, null, fullWeek()));
            }
            byPopulation.stream().filter(c -> !placed.contains(c)).limit(preset.collectiviteOffices).toList()
                    .forEach(commune -> {
                        placed.add(commune);
                        cabinets.add(cabinet(cabinets.size(), "Centre médical municipal " + FrenchNames.of(commune.name()),
                                "COLLECTIVITE_OFFICE", FrenchNames.address(random), commune, 1 + random.nextInt(2),
                                communeIndex.get(commune.insee()), someHalfDays(4 + random.nextInt(5), random)));
                    });
            for (int n = 0; n < preset.sharedOffices; n++) {
                var commune = farthestFrom(placed);
                placed.add(commune);
                cabinets.add(cabinet(cabinets.size(), "CabinetRow de regroupement " + FrenchNames.of(commune.name()), "SHARED_OFFICE",
                        FrenchNames.address(random), commune, 1 + random.nextInt(3), null,
                        someHalfDays(4 + random.nextInt(7), random)));
            }
            cabinets.add(new CabinetRow(code(cabinets.size()), "Téléconsultation " + preset.cdgName, "TELECONSULTATION",
                    null, null, null, null, null, 4, null, fullWeek()));
            return List.copyOf(cabinets);
        }

        private CabinetRow cabinet(int index, String name, String kind, String address, Commune commune, int rooms,
                                Integer owner, List<HalfDayRow> openings) {
            return new CabinetRow(code(index), name, kind, address, commune.postalCode(), commune.name(),
                    jitter(commune.latitude(), 0.006), jitter(commune.longitude(), 0.008), rooms, owner, openings);
        }

        /** Codes carry the preset ("CIG-CAB-07") so that demo rows stand out next to real ones. */
        private String code(int index) {
            return preset.name() + "-CAB-%02d".formatted(index + 1);
        }

        /** The commune worst served by the cabinets placed so far; a larger town wins over a hamlet at the edge. */
        private Commune farthestFrom(List<Commune> placed) {
            Commune farthest = null;
            double best = -1;
            for (var commune : communes) {
                double nearest = placed.stream().mapToDouble(p -> distance(commune, p)).min().orElse(0);
                double score = nearest * Math.pow(commune.population(), 0.25);
                if (score > best) {
                    best = score;
                    farthest = commune;
                }
            }
            return farthest;
        }

        private static List<HalfDayRow> fullWeek() {
            var week = new ArrayList<HalfDayRow>();
            for (int day = 1; day <= 5; day++) {
                week.add(new HalfDayRow(day, "AM"));
                week.add(new HalfDayRow(day, "PM"));
            }
            return List.copyOf(week);
        }

        private static List<HalfDayRow> someHalfDays(int count, SplittableRandom random) {
            var week = new ArrayList<>(fullWeek());
            InventedGeography.shuffle(week, random);
            return week.subList(0, count).stream()
                    .sorted(Comparator.comparingInt(HalfDayRow::dayOfWeek).thenComparing(HalfDayRow::half)).toList();
        }

        private static double distance(Commune a, Commune b) {
            return GreatCircle.kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        }
    }
}
