package fr.cdg.medtravail.directory.professional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.Inputs;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.NotFoundException;

/** Health professionals and their leaves. Callers have checked the role (staff write; professionals read). */
@NamedInterface("professional")
@Service
public class ProfessionalService {

    private final ProfessionalRepository professionals;
    private final Inputs inputs;

    ProfessionalService(ProfessionalRepository professionals, Inputs inputs) {
        this.professionals = professionals;
        this.inputs = inputs;
    }

    @Transactional(readOnly = true)
    public List<Professional> findAll(ProfessionalKind kind) {
        return professionals.findAll(kind);
    }

    @Transactional(readOnly = true)
    public Professional get(long id) {
        return professionals.findById(id).orElseThrow(() -> new NotFoundException("Professional", id));
    }

    public boolean exists(long id) {
        return professionals.findById(id).isPresent();
    }

    /** Code → id of every professional, for imports. */
    public Map<String, Long> idsByCode() {
        return professionals.idsByCode();
    }

    @Transactional
    public Professional create(ProfessionalForm form) {
        inputs.check(form);
        if (professionals.idOfCode(form.code()).isPresent()) {
            throw new ConflictException("A professional with code " + form.code() + " already exists");
        }
        return get(professionals.insert(form));
    }

    @Transactional
    public Professional update(long id, ProfessionalForm form) {
        get(id);
        inputs.check(form);
        if (professionals.idOfCode(form.code()).filter(other -> other != id).isPresent()) {
            throw new ConflictException("A professional with code " + form.code() + " already exists");
        }
        professionals.update(id, form);
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        if (!professionals.delete(id)) {
            throw new NotFoundException("Professional", id);
        }
    }

    @Transactional(readOnly = true)
    public List<Leave> leaves(long professionalId) {
        get(professionalId);
        return professionals.leaves(professionalId);
    }

    /** Every leave that overlaps the period, whoever the professional. */
    @Transactional(readOnly = true)
    public List<Leave> leavesBetween(LocalDate from, LocalDate to) {
        return professionals.leavesBetween(from, to);
    }

    @Transactional
    public Leave addLeave(long professionalId, LeaveForm form) {
        var existing = leaves(professionalId);
        inputs.check(form);
        if (existing.stream().anyMatch(form::overlaps)) {
            throw new ConflictException("The leave overlaps another leave of the professional");
        }
        long id = professionals.insertLeave(professionalId, form);
        return new Leave(id, professionalId, form.kind(), form.startDate(), form.startHalf(), form.endDate(), form.endHalf());
    }

    @Transactional
    public void deleteLeave(long professionalId, long leaveId) {
        if (!professionals.deleteLeave(professionalId, leaveId)) {
            throw new NotFoundException("Leave", leaveId);
        }
    }
}
