package fr.cdg.medtravail.planning.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cdg.medtravail.directory.cabinet.Cabinet;
import fr.cdg.medtravail.directory.cabinet.CabinetService;
import fr.cdg.medtravail.directory.professional.Professional;
import fr.cdg.medtravail.directory.professional.ProfessionalService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored sessions named with their professional's and cabinet's codes, read from the directory. */
@Service
public class SessionService {

    private final SessionRepository sessions;
    private final ProfessionalService professionals;
    private final CabinetService cabinets;

    SessionService(SessionRepository sessions, ProfessionalService professionals, CabinetService cabinets) {
        this.sessions = sessions;
        this.professionals = professionals;
        this.cabinets = cabinets;
    }

    @Transactional(readOnly = true)
    public List<StoredSession> ofHorizon(long horizonId) {
        var byProfessional = professionals.findAll(null).stream()
                .collect(Collectors.toMap(Professional::id, Function.identity()));
        var byCabinet = cabinets.findAll(null).stream().collect(Collectors.toMap(Cabinet::id, Function.identity()));
        return sessions.ofHorizon(horizonId).stream()
                .map(s -> named(s, byProfessional.get(s.professionalId()), byCabinet.get(s.cabinetId()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredSession> find(long id) {
        return sessions.find(id).map(s -> named(s, professionals.get(s.professionalId()), cabinets.get(s.cabinetId())));
    }

    @Transactional(readOnly = true)
    public List<PublishedSession> publishedFor(long collectiviteId) {
        var kinds = professionals.findAll(null).stream()
                .collect(Collectors.toMap(Professional::id, p -> p.details().kind()));
        Map<Long, Cabinet> byCabinet = cabinets.findAll(null).stream()
                .collect(Collectors.toMap(Cabinet::id, Function.identity()));
        return sessions.publishedFor(collectiviteId).stream().map(s -> {
            var cabinet = byCabinet.get(s.cabinetId()).details();
            return new PublishedSession(s.id(), s.date(), s.halfDay(), cabinet.code(), cabinet.name(),
                    kinds.get(s.professionalId()), s.collectivites().get(collectiviteId), s.capacityMinutes(),
                    s.noticeDate());
        }).toList();
    }

    private static StoredSession named(PlannedSession s, Professional professional, Cabinet cabinet) {
        return new StoredSession(s.id(), s.professionalId(), professional.details().code(),
                professional.details().kind(), s.date(), s.halfDay(), s.cabinetId(), cabinet.details().code(),
                s.status(), s.pinned(), s.capacityMinutes(), s.noticeDate(), s.collectivites());
    }
}
