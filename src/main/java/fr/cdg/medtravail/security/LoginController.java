package fr.cdg.medtravail.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** An OpenID Connect provider offered on the log-in page. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers;

    /** The configured registrations (Spring Boot's repository is iterable), none without configuration. */
    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        var providers = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
            configured.forEach(registration -> {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            });
        }
        this.providers = List.copyOf(providers);
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "login";
    }
}
