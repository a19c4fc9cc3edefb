package fr.cdg.medtravail.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Redirects that never reflect the Host header, and the error page that is not a page of its own. */
@Configuration(proxyBeanMethods = false)
class RequestHardeningConfiguration {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicRedirects(WebSettings settings) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new PublicRedirectFilter(settings.base()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** {@code /error} is where the container forwards errors; asked for directly it is just not found. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPageNotDirectly() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getServletPath())) {
                    response.sendError(HttpStatus.NOT_FOUND.value());
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Rewrites every redirect to this application onto the public base URL (or leaves it relative): Spring Security
     * and the container build absolute URLs from the request's Host header, which a client may forge.
     */
    static final class PublicRedirectFilter extends OncePerRequestFilter {

        private final String base;

        PublicRedirectFilter(String base) {
            this.base = base;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    super.sendRedirect(rewrite(request, location));
                }

                @Override
                public void setHeader(String name, String value) {
                    super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(request, value) : value);
                }

                @Override
                public void addHeader(String name, String value) {
                    super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(request, value) : value);
                }
            });
        }

        String rewrite(HttpServletRequest request, String location) {
            if (location == null) {
                return null;
            }
            URI uri;
            try {
                uri = new URI(location);
            } catch (URISyntaxException e) {
                return location;
            }
            if (!uri.isAbsolute()) {
                return location.startsWith("/") ? base + location : location;
            }
            // Absolute: ours when built from the request's own Host (name and port); anything else (an identity
            // provider) is kept.
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || port(uri) != request.getServerPort()) {
                return location;
            }
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return base + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }

        private static int port(URI uri) {
            return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
    }
}
