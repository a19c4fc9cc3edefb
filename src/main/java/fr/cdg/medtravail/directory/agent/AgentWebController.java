package fr.cdg.medtravail.directory.agent;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.ScreenForms;
import fr.cdg.medtravail.directory.collectivite.Collectivite;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.NotFoundException;
import fr.cdg.medtravail.web.Screen;

@Screen
@Controller
@PreAuthorize(Access.STAFF_OR_REFERENT)
class AgentWebController {

    private static final int PAGE_SIZE = 50;

    private final AgentService agents;
    private final CollectiviteService collectivites;

    AgentWebController(AgentService agents, CollectiviteService collectivites) {
        this.agents = agents;
        this.collectivites = collectivites;
    }

    @GetMapping("/collectivites/{id}/agents")
    String list(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("collectivite", collectivites.get(user, id));
        model.addAttribute("q", q);
        model.addAttribute("page", agents.find(user, id, q, Math.max(0, page), PAGE_SIZE));
        return htmx != null ? "agents/list :: results" : "agents/list";
    }

    @GetMapping("/collectivites/{id}/agents/new")
    String newForm(@AuthenticationPrincipal CdgUser user, @PathVariable long id, Model model) {
        return form(model, collectivites.get(user, id), null, Map.of(), Map.of());
    }

    @PostMapping("/collectivites/{id}/agents")
    String create(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @ModelAttribute("submitted") AgentForm form,
                  BindingResult binding, @RequestParam Map<String, String> values, Model model) {
        var collectivite = collectivites.get(user, id);
        return save(model, collectivite, null, values, binding, () -> agents.create(user, id, form));
    }

    @GetMapping("/collectivites/{id}/agents/{agentId}/edit")
    String editForm(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @PathVariable long agentId, Model model) {
        var agent = agentOf(user, id, agentId);
        return form(model, collectivites.get(user, id), agentId, ScreenForms.valuesOf(agent.details()), Map.of());
    }

    @PostMapping("/collectivites/{id}/agents/{agentId}")
    String update(@AuthenticationPrincipal CdgUser user, @PathVariable long id, @PathVariable long agentId,
                  @ModelAttribute("submitted") AgentForm form, BindingResult binding,
                  @RequestParam Map<String, String> values, Model model) {
        agentOf(user, id, agentId);
        return save(model, collectivites.get(user, id), agentId, values, binding, () -> agents.update(user, agentId, form));
    }

    /** The agent, if it belongs to the collectivité of the address (and the user may see it); otherwise 404. */
    private Agent agentOf(CdgUser user, long collectiviteId, long agentId) {
        var agent = agents.get(user, agentId);
        if (agent.collectiviteId() != collectiviteId) {
            throw new NotFoundException("Agent", agentId);
        }
        return agent;
    }

    /** Saves and goes back to the list, or shows the form again with the typed values and the problems. */
    private String save(Model model, Collectivite collectivite, Long agentId, Map<String, String> values,
                        BindingResult binding, Runnable saving) {
        if (binding.hasErrors()) {
            return form(model, collectivite, agentId, values, ScreenForms.fieldErrors(binding, null));
        }
        try {
            saving.run();
            return "redirect:/collectivites/" + collectivite.id() + "/agents";
        } catch (InvalidInputException e) {
            return form(model, collectivite, agentId, values, ScreenForms.fieldErrors(null, e));
        } catch (ConflictException e) {
            return form(model, collectivite, agentId, values, Map.of("matricule", "ce matricule existe déjà dans la collectivité"));
        }
    }

    private static String form(Model model, Collectivite collectivite, Long agentId, Map<String, ?> values,
                               Map<String, String> errors) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("agentId", agentId);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "agents/form";
    }
}
