package fr.cdg.medtravail.travel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TravelConfiguration {

    /** The configured model, for anything that needs a travel time (estimates here, planning elsewhere). */
    @Bean
    TravelTimeModel travelTimeModel(TravelProperties properties) {
        return new TravelTimeModel(properties);
    }
}
