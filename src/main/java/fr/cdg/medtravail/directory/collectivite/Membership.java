package fr.cdg.medtravail.directory.collectivite;

import java.time.LocalDate;

/** Membership of a collectivité in one of the CDG's services, with the tariff that applies. */
public record Membership(long id, Service service, LocalDate startDate, LocalDate endDate, TariffCategory tariffCategory) {

    public enum Service {
        PREVENTIVE("Médecine préventive"), STATUTORY("Médecine statutaire et de contrôle");

        private final String label;

        Service(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Tariff categories of the CDG69 fees 2025–2027 (convention MEDPREV). */
    public enum TariffCategory {
        AFFILIATED("Affiliée"), NON_AFFILIATED_OWN_SECRETARIAT("Non affiliée > 800 agents, secrétariat propre"),
        NON_AFFILIATED("Non affiliée"), REGION("Région (multi-sites)");

        private final String label;

        TariffCategory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
