package fr.cdg.medtravail.directory.agent;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cdg.medtravail.directory.Inputs;
import fr.cdg.medtravail.directory.Page;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.NotFoundException;

/**
 * Agents of the collectivités. Staff manage all of them; a référent those of their own collectivités, and any other
 * agent or collectivité answers the same 404 as an unknown id. Callers have excluded the other roles.
 */
@NamedInterface("agent")
@Service
public class AgentService {

    private final AgentRepository agents;
    private final CollectiviteService collectivites;
    private final Inputs inputs;

    AgentService(AgentRepository agents, CollectiviteService collectivites, Inputs inputs) {
        this.agents = agents;
        this.collectivites = collectivites;
        this.inputs = inputs;
    }

    @Transactional(readOnly = true)
    public Page<Agent> find(CdgUser user, long collectiviteId, String q, int page, int size) {
        collectivites.get(user, collectiviteId);
        return agents.find(collectiviteId, Inputs.clean(q), page, size);
    }

    @Transactional(readOnly = true)
    public Agent get(CdgUser user, long id) {
        return agents.findById(id)
                .filter(agent -> user.canSeeCollectivite(agent.collectiviteId()))
                .orElseThrow(() -> new NotFoundException("Agent", id));
    }

    @Transactional
    public Agent create(CdgUser user, long collectiviteId, AgentForm form) {
        collectivites.get(user, collectiviteId);
        inputs.check(form);
        try {
            return agents.findById(agents.insert(collectiviteId, form)).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
    }

    @Transactional
    public Agent update(CdgUser user, long id, AgentForm form) {
        var agent = get(user, id);
        inputs.check(form);
        try {
            agents.update(id, form);
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
        return new Agent(id, agent.collectiviteId(), form);
    }

    @Transactional
    public void delete(CdgUser user, long id) {
        get(user, id);
        agents.delete(id);
    }

    /**
     * Erases every agent of a collectivité (rows referring to them cascade) when its data retention ends; returns
     * how many were erased. Not a user action: the GDPR retention job calls it.
     */
    @Transactional
    public int eraseAllOf(long collectiviteId) {
        return agents.deleteAllOf(collectiviteId);
    }

    /**
     * The follow-up of every agent of a collectivité with a preventive-medicine membership overlapping the period:
     * one query, one small record per agent.
     */
    @Transactional(readOnly = true)
    public List<AgentFollowUp> followUpsOfPreventiveMembers(LocalDate from, LocalDate to) {
        return agents.followUpsOfPreventiveMembers(from, to);
    }

    /**
     * The agents followed by preventive medicine in a collectivité on {@code day}: not left, the collectivité holding a
     * preventive membership. Not scoped to a user: callers have checked the collectivité.
     */
    @Transactional(readOnly = true)
    public List<Agent> followedOn(long collectiviteId, LocalDate day) {
        return agents.followedOn(collectiviteId, day);
    }

    /**
     * Records a held visit on the agent's follow-up: {@code periodic} visits (VIP, SMP, hiring) move the last periodic
     * visit date, a doctor's visit the last doctor's visit date, so that the next due visit is computed from it.
     */
    @Transactional
    public void recordVisit(long agentId, LocalDate heldOn, boolean periodic, boolean byDoctor) {
        agents.recordVisit(agentId, heldOn, periodic, byDoctor);
    }

    private static ConflictException duplicate(AgentForm form) {
        return new ConflictException("The collectivité already has an agent with matricule " + form.matricule());
    }
}
