package fr.cdg.medtravail.planning.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.directory.collectivite.CollectiviteService;
import fr.cdg.medtravail.planning.session.PublishedSession;
import fr.cdg.medtravail.planning.session.SessionService;
import fr.cdg.medtravail.security.CdgUser;

/** Published sessions are visible to the collectivités they serve (drafts are not): staff and the référents. */
@RestController
class PublishedSessionsController {

    private final SessionService sessions;
    private final CollectiviteService collectivites;

    PublishedSessionsController(SessionService sessions, CollectiviteService collectivites) {
        this.sessions = sessions;
        this.collectivites = collectivites;
    }

    @GetMapping("/api/planning/collectivites/{id}/sessions")
    List<PublishedSession> sessions(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        // 404 for an unknown collectivité as for one out of the référent's scope, never an empty list.
        collectivites.get(user, id);
        return sessions.publishedFor(id);
    }
}
