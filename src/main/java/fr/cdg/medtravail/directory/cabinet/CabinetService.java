package fr.cdg.medtravail.directory.cabinet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.csvimport.Upsert;
import fr.cdg.medtravail.directory.DirectoryEvents;
import fr.cdg.medtravail.directory.Inputs;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.NotFoundException;

/** The cabinets where visits happen. Callers have checked the role (staff write; everyone reads). */
@NamedInterface("cabinet")
@Service
public class CabinetService {

    private final CabinetRepository cabinets;
    private final DirectoryEvents events;
    private final Inputs inputs;

    CabinetService(CabinetRepository cabinets, DirectoryEvents events, Inputs inputs) {
        this.cabinets = cabinets;
        this.events = events;
        this.inputs = inputs;
    }

    @Transactional(readOnly = true)
    public List<Cabinet> findAll(CabinetKind kind) {
        return cabinets.findAll(kind);
    }

    @Transactional(readOnly = true)
    public Cabinet get(long id) {
        return cabinets.findById(id).orElseThrow(() -> new NotFoundException("Cabinet", id));
    }

    /** Code → id of every cabinet, for imports. */
    public Map<String, Long> idsByCode() {
        return cabinets.findAll(null).stream().collect(Collectors.toMap(c -> c.details().code(), Cabinet::id, (a, b) -> a));
    }

    @Transactional
    public Cabinet create(CabinetForm form) {
        inputs.check(form, rules(form));
        if (cabinets.idOfCode(form.code()).isPresent()) {
            throw new ConflictException("A cabinet with code " + form.code() + " already exists");
        }
        long id = cabinets.insert(form);
        events.cabinetsChanged(List.of(id));
        return get(id);
    }

    @Transactional
    public Cabinet update(long id, CabinetForm form) {
        var before = get(id);
        inputs.check(form, rules(form));
        if (cabinets.idOfCode(form.code()).filter(other -> other != id).isPresent()) {
            throw new ConflictException("A cabinet with code " + form.code() + " already exists");
        }
        cabinets.update(id, form);
        if (!before.details().samePlace(form)) {
            events.cabinetsChanged(List.of(id));
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        if (!cabinets.delete(id)) {
            throw new NotFoundException("Cabinet", id);
        }
        events.cabinetsChanged(List.of(id));
    }

    private List<FieldProblem> rules(CabinetForm form) {
        var problems = new ArrayList<FieldProblem>();
        if (form.ownerCollectiviteId() != null && !cabinets.collectiviteExists(form.ownerCollectiviteId())) {
            problems.add(FieldProblem.of("ownerCollectiviteId", "no collectivité with id " + form.ownerCollectiviteId()));
        }
        return problems;
    }

    /** Writes an import's cabinets (a few dozen: one by one) and announces the new and moved ones. */
    @Transactional
    public void write(Upsert<CabinetForm> upsert) {
        var moved = new ArrayList<Long>();
        upsert.inserts().forEach(form -> moved.add(cabinets.insert(form)));
        for (var change : upsert.updates()) {
            cabinets.update(change.id(), change.after());
            if (!change.before().samePlace(change.after())) {
                moved.add(change.id());
            }
        }
        events.cabinetsChanged(moved);
    }

    Map<String, Upsert.Stored<CabinetForm>> storedByCode() {
        return cabinets.storedByCode();
    }
}
