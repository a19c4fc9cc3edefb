package fr.cdg.medtravail.planning.web;

import java.util.List;

import fr.cdg.medtravail.planning.session.PublishedSession;
import fr.cdg.medtravail.planning.session.SessionService;
import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Published sessions are visible to the collectivités they serve (drafts are not): staff and the référents. */
@RestController
class PublishedSessionsController {

    private final SessionService sessions;

    PublishedSessionsController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/api/planning/collectivites/{id}/sessions")
    List<PublishedSession> sessions(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        if (user == null || !user.canSeeCollectivite(id)) {
            throw new NotFoundException("Collectivité", id);
        }
        return sessions.publishedFor(id);
    }
}
