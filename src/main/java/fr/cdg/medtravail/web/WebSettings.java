package fr.cdg.medtravail.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the address users reach the application at ({@code https://medtravail.cdg69.fr}), used for
 *                      every absolute redirect; unset, redirects stay relative. Never taken from the request's Host
 *                      header, which the client chooses.
 */
@ConfigurationProperties("medtravail.web")
public record WebSettings(URI publicBaseUrl) {

    public WebSettings {
        if (publicBaseUrl != null && publicBaseUrl.toString().isBlank()) {
            publicBaseUrl = null;
        }
        if (publicBaseUrl != null && (!publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null)) {
            throw new IllegalArgumentException("medtravail.web.public-base-url must be an absolute http(s) URL");
        }
    }

    /** The base without a trailing slash, or "" when unset. */
    String base() {
        if (publicBaseUrl == null) {
            return "";
        }
        var text = publicBaseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
