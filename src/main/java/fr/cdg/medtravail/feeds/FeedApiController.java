package fr.cdg.medtravail.feeds;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cdg.medtravail.security.CdgUser;

/** The caller's own calendar feeds (every role; what each may follow is the service's rule). */
@RestController
@RequestMapping("/api/feeds")
class FeedApiController {

    private final FeedService feeds;
    private final FeedUrls urls;

    FeedApiController(FeedService feeds, FeedUrls urls) {
        this.feeds = feeds;
        this.urls = urls;
    }

    @GetMapping
    List<Feed> mine(@AuthenticationPrincipal CdgUser user) {
        return feeds.mine(user);
    }

    /** The URL is in this answer only. */
    @PostMapping
    ResponseEntity<IssuedFeed> create(@RequestBody FeedForm form, @AuthenticationPrincipal CdgUser user) {
        var issued = feeds.create(user, form, urls.base());
        return ResponseEntity.created(URI.create("/api/feeds/" + issued.feed().id())).body(issued);
    }

    @PostMapping("/{id}/rotate")
    IssuedFeed rotate(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        return feeds.rotate(user, id, urls.base());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal CdgUser user) {
        feeds.revoke(user, id);
        return ResponseEntity.noContent().build();
    }
}
