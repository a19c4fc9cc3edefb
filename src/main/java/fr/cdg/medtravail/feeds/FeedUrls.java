package fr.cdg.medtravail.feeds;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.cdg.medtravail.web.WebSettings;

/** Where feeds are reached: the configured public address, else the address the request came to. */
@Component
class FeedUrls {

    private final WebSettings web;

    FeedUrls(WebSettings web) {
        this.web = web;
    }

    String base() {
        if (web.publicBaseUrl() != null) {
            var text = web.publicBaseUrl().toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
