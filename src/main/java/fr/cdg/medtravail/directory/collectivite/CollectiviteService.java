package fr.cdg.medtravail.directory.collectivite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.DirectoryAccess;
import fr.cdg.medtravail.directory.DirectoryEvents;
import fr.cdg.medtravail.directory.Inputs;
import fr.cdg.medtravail.directory.Page;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;

/** The collectivités, their headcounts and memberships. Callers have checked the role; this checks the scope. */
@NamedInterface("collectivite")
@Service
public class CollectiviteService {

    /** Convention MEDPREV: only employers of more than 800 agents may run their own secretariat. */
    static final int OWN_SECRETARIAT_MIN_HEADCOUNT = 801;

    private final CollectiviteRepository collectivites;
    private final DirectoryEvents events;
    private final Inputs inputs;

    CollectiviteService(CollectiviteRepository collectivites, DirectoryEvents events, Inputs inputs) {
        this.collectivites = collectivites;
        this.events = events;
        this.inputs = inputs;
    }

    @Transactional(readOnly = true)
    public Page<Collectivite> find(CdgUser user, String q, CollectiviteKind kind, int page, int size) {
        return collectivites.find(Inputs.clean(q), kind, DirectoryAccess.readableCollectivites(user), page, size);
    }

    /** The collectivité if the user may see it; otherwise the same 404 as an unknown id. */
    @Transactional(readOnly = true)
    public Collectivite get(CdgUser user, long id) {
        return collectivites.findById(id)
                .filter(collectivite -> DirectoryAccess.canRead(user, id))
                .orElseThrow(() -> new NotFoundException("Collectivité", id));
    }

    @Transactional(readOnly = true)
    public CollectiviteDetail detail(CdgUser user, long id) {
        return new CollectiviteDetail(get(user, id), collectivites.headcounts(id), collectivites.memberships(id),
                collectivites.activeAgents(id));
    }

    /** Id → name of those of these collectivités that exist. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return collectivites.names(ids);
    }

    /** SIREN → id of every collectivité, for imports. */
    public Map<String, Long> idsBySiren() {
        return collectivites.idsBySiren();
    }

    @Transactional
    public long create(CollectiviteForm form) {
        inputs.check(form, rules(null, form));
        if (collectivites.idOfSiren(form.siren()).isPresent()) {
            throw new ConflictException("A collectivité with SIREN " + form.siren() + " is already registered");
        }
        long id = collectivites.insert(form);
        declareFrom(id, form);
        events.collectivitesChanged(List.of(id));
        return id;
    }

    @Transactional
    public void update(long id, CollectiviteForm form) {
        var before = collectivites.findById(id).orElseThrow(() -> new NotFoundException("Collectivité", id));
        inputs.check(form, rules(id, form));
        if (collectivites.idOfSiren(form.siren()).filter(other -> other != id).isPresent()) {
            throw new ConflictException("A collectivité with SIREN " + form.siren() + " is already registered");
        }
        collectivites.update(id, form);
        declareFrom(id, form);
        if (before.latitude() != form.latitude() || before.longitude() != form.longitude()) {
            events.collectivitesChanged(List.of(id));
        }
    }

    @Transactional
    public void delete(long id) {
        if (!collectivites.delete(id)) {
            throw new NotFoundException("Collectivité", id);
        }
        events.collectivitesChanged(List.of(id));
    }

    /** Erases the référent's contact details when the collectivité's data retention ends (GDPR retention job). */
    @Transactional
    public void eraseReferentContact(long id) {
        collectivites.clearReferentContact(id);
    }

    /** Declares a year's headcount (staff, or the collectivité's référent). */
    @Transactional
    public Headcount declareHeadcount(CdgUser user, long id, int year, HeadcountForm form) {
        var collectivite = get(user, id);
        var declaredOn = form.declaredOn() == null ? LocalDate.now() : form.declaredOn();
        var problems = new ArrayList<FieldProblem>();
        if (year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", Inputs.message("medtravail.headcount.year")));
        } else if (collectivite.ownSecretariat() && form.headcount() != null
                && latestHeadcount(id, year, form.headcount()).orElse(0) < OWN_SECRETARIAT_MIN_HEADCOUNT) {
            problems.add(FieldProblem.of("headcount", ownSecretariatReason(form.headcount())));
        }
        inputs.check(form, problems);
        collectivites.saveHeadcount(id, year, form.headcount(), declaredOn);
        return new Headcount(year, form.headcount(), declaredOn);
    }

    @Transactional(readOnly = true)
    public List<Membership> memberships(CdgUser user, long id) {
        get(user, id);
        return collectivites.memberships(id);
    }

    @Transactional
    public Membership addMembership(CdgUser user, long id, MembershipForm form) {
        get(user, id);
        inputs.check(form);
        var overlapping = collectivites.memberships(id).stream()
                .filter(m -> m.service() == form.service())
                .anyMatch(m -> (m.endDate() == null || !m.endDate().isBefore(form.startDate()))
                        && (form.endDate() == null || !form.endDate().isBefore(m.startDate())));
        if (overlapping) {
            throw new ConflictException("The collectivité already has a " + form.service() + " membership over these dates");
        }
        long membershipId = collectivites.insertMembership(id, form);
        return new Membership(membershipId, form.service(), form.startDate(), form.endDate(), form.tariffCategory());
    }

    /** Whether the collectivité is a member of the statutory service on that day. */
    @Transactional(readOnly = true)
    public boolean statutoryMemberOn(long id, LocalDate day) {
        return collectivites.statutoryMemberOn(id, day);
    }

    /** What the year's statutory quota is computed on; empty without a STATUTORY membership during the year. */
    @Transactional(readOnly = true)
    public Optional<StatutoryQuotaBasis> statutoryQuotaBasis(CdgUser user, long id, int year) {
        get(user, id);
        return collectivites.statutoryQuotaBasis(id, year);
    }

    /**
     * Declares the year's permanent headcount (beside its headcount, which must be declared first) and, when given,
     * the quota rate of the STATUTORY membership (staff).
     */
    @Transactional
    public StatutoryQuotaBasis declareStatutoryQuotaBasis(CdgUser user, long id, int year, Integer permanentHeadcount,
                                                         BigDecimal quotaRate) {
        get(user, id);
        var basis = collectivites.statutoryQuotaBasis(id, year)
                .orElseThrow(() -> new InvalidInputException("year", "no statutory membership during " + year));
        var problems = new ArrayList<FieldProblem>();
        if (permanentHeadcount != null && (permanentHeadcount < 0 || basis.headcount() == null
                || permanentHeadcount > basis.headcount())) {
            problems.add(FieldProblem.of("permanentHeadcount", basis.headcount() == null
                    ? "declare the headcount of " + year + " first"
                    : "must be between 0 and the headcount of " + year + " (" + basis.headcount() + ")"));
        }
        if (quotaRate != null && (quotaRate.signum() < 0 || quotaRate.compareTo(BigDecimal.ONE) > 0 || quotaRate.scale() > 4)) {
            problems.add(FieldProblem.of("quotaRate", "must be a share between 0 and 1, such as 0.08"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (permanentHeadcount != null) {
            collectivites.savePermanentHeadcount(id, year, permanentHeadcount);
        }
        if (quotaRate != null) {
            collectivites.saveStatutoryQuotaRate(id, year, quotaRate);
        }
        return collectivites.statutoryQuotaBasis(id, year).orElseThrow();
    }

    /**
     * Business rules beyond Bean Validation, for a collectivité being created (id null) or changed. Fields are named
     * as in JSON; imports rename them to their columns.
     */
    public List<FieldProblem> rules(Long id, CollectiviteForm form) {
        var problems = new ArrayList<FieldProblem>();
        if ((form.headcountYear() == null) != (form.headcount() == null)) {
            problems.add(FieldProblem.of("headcount", Inputs.message("medtravail.headcount.together")));
        } else if (form.ownSecretariat()) {
            var latest = form.headcount() == null ? storedLatest(id) : latestHeadcount(id, form.headcountYear(), form.headcount());
            if (latest.orElse(0) < OWN_SECRETARIAT_MIN_HEADCOUNT) {
                problems.add(FieldProblem.of("ownSecretariat", ownSecretariatReason(latest.orElse(null))));
            }
        }
        return problems;
    }

    /** Writes the headcount declared along with the collectivité, if any; answers whether it changed anything. */
    boolean declareFrom(long id, CollectiviteForm form) {
        return form.headcount() != null && collectivites.saveHeadcount(id, form.headcountYear(), form.headcount(), LocalDate.now());
    }

    private Optional<Integer> storedLatest(Long id) {
        return id == null ? Optional.empty() : collectivites.headcounts(id).stream().findFirst().map(Headcount::headcount);
    }

    /** The latest headcount once {@code year} is declared as {@code headcount}. */
    private Optional<Integer> latestHeadcount(Long id, int year, int headcount) {
        var byYear = new TreeMap<Integer, Integer>();
        if (id != null) {
            collectivites.headcounts(id).forEach(h -> byYear.put(h.year(), h.headcount()));
        }
        byYear.put(year, headcount);
        return Optional.of(byYear.lastEntry().getValue());
    }

    private static String ownSecretariatReason(Integer headcount) {
        return Inputs.message("medtravail.ownSecretariat", headcount == null ? "—" : headcount);
    }
}
