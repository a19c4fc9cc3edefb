package fr.cdg.medtravail.feeds;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cdg.medtravail.security.CdgUser;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.Screen;

/**
 * "Mon agenda": every role's calendar subscriptions, with the URL shown once after creation or rotation, and how to
 * subscribe in the usual calendars. htmx swaps the list; without it, the forms reload the page.
 */
@Screen
@Controller
@RequestMapping("/agenda")
class FeedScreenController {

    /** A collectivité a référent may follow. */
    record Choice(long id, String name) {
    }

    private final FeedService feeds;
    private final FeedRepository names;
    private final FeedUrls urls;

    FeedScreenController(FeedService feeds, FeedRepository names, FeedUrls urls) {
        this.feeds = feeds;
        this.names = names;
        this.urls = urls;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CdgUser user, Model model) {
        return view(user, model, null, null, false);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CdgUser user, @RequestParam FeedScope scope,
                  @RequestParam(required = false) Long targetId, @RequestParam FeedPrivacy privacy,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        try {
            var issued = feeds.create(user, new FeedForm(scope, targetId, privacy), urls.base());
            return view(user, model, issued, null, htmx != null);
        } catch (InvalidInputException e) {
            return view(user, model, null, e.getMessage(), htmx != null);
        }
    }

    @PostMapping("/{id}/rotation")
    String rotate(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return view(user, model, feeds.rotate(user, id, urls.base()), null, htmx != null);
    }

    @PostMapping("/{id}/revocation")
    String revoke(@AuthenticationPrincipal CdgUser user, @PathVariable long id,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        feeds.revoke(user, id);
        model.addAttribute("message", "Abonnement révoqué : son adresse ne répond plus.");
        return view(user, model, null, null, htmx != null);
    }

    private String view(CdgUser user, Model model, IssuedFeed issued, String error, boolean fragment) {
        model.addAttribute("feeds", feeds.mine(user));
        model.addAttribute("issued", issued);
        model.addAttribute("error", error);
        model.addAttribute("scopes", scopes(user));
        model.addAttribute("privacies", FeedPrivacy.values());
        model.addAttribute("staff", user.isStaff());
        var collectivites = new ArrayList<Choice>();
        if (user.role() == Role.REFERENT) {
            user.collectiviteIds().stream().sorted().forEach(id -> names.targetName(FeedScope.COLLECTIVITE, id)
                    .ifPresent(name -> collectivites.add(new Choice(id, name))));
        }
        model.addAttribute("collectivites", collectivites);
        return fragment ? "agenda :: feeds" : "agenda";
    }

    private static List<FeedScope> scopes(CdgUser user) {
        return switch (user.role()) {
            case ADMIN, SECRETARIAT -> List.of(FeedScope.values());
            case PROFESSIONAL -> List.of(FeedScope.PROFESSIONAL, FeedScope.STATUTORY);
            case REFERENT -> List.of(FeedScope.COLLECTIVITE);
        };
    }
}
