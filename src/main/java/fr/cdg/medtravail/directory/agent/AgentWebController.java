package fr.cdg.medtravail.directory.agent;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.directory.DirectoryScreen;
import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.security.CdgUser;

@DirectoryScreen
@Controller
@PreAuthorize(AgentApiController.STAFF_OR_REFERENT)
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
}
