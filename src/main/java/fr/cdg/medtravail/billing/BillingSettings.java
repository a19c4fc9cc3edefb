package fr.cdg.medtravail.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of billing ({@code medtravail.billing.*}).
 *
 * @param cdg the centre de gestion whose grids this deployment bills with
 */
@ConfigurationProperties("medtravail.billing")
public record BillingSettings(Cdg cdg) {

    public BillingSettings {
        cdg = cdg == null ? Cdg.CDG69 : cdg;
    }
}
