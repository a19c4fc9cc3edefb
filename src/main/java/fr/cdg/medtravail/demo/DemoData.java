package fr.cdg.medtravail.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A complete, consistent directory generated in memory: collectivités with their headcounts, memberships and agents,
 * professionals with their week and leaves, cabinets with their openings. Rows refer to each other by position in
 * these lists (database ids do not exist yet). Enumerated values use the database vocabulary (V1__directory.sql).
 *
 * @param referentCollectivite position of the collectivité the demo référent account speaks for
 * @param demoProfessional     position of the professional behind the demo professional account
 */
public record DemoData(Preset preset, long seed, LocalDate referenceDate, boolean realGeography,
                       List<CollectiviteRow> collectivites, List<AgentRow> agents, List<ProfessionalRow> professionals,
                       List<CabinetRow> cabinets, int referentCollectivite, int demoProfessional) {

    public record CollectiviteRow(String siren, String name, String kind, boolean affiliated, boolean ownSecretariat,
                               String inseeCode, String address, String postalCode, String city, double latitude,
                               double longitude, String referentName, String referentEmail, String referentPhone,
                               List<HeadcountRow> headcounts, List<MembershipRow> memberships) {
    }

    public record HeadcountRow(int year, int headcount, LocalDate declaredOn) {
    }

    /** {@code service}: PREVENTIVE or STATUTORY; {@code tariffCategory}: AFFILIATED, NON_AFFILIATED… */
    public record MembershipRow(String service, LocalDate startDate, LocalDate endDate, String tariffCategory) {
    }

    /** {@code collectivite}: position in {@link DemoData#collectivites()}. */
    public record AgentRow(int collectivite, String matricule, String lastName, String firstName, LocalDate birthDate,
                        String post, LocalDate hireDate, boolean administrativePost, boolean smp,
                        Integer smpIntervalMonths, LocalDate lastVipDate, LocalDate lastDoctorVisitDate) {
    }

    public record ProfessionalRow(String code, String kind, String lastName, String firstName, String email,
                               BigDecimal workingRatio, String homeAddress, double homeLatitude,
                               double homeLongitude, List<HalfDayRow> halfDays, List<LeaveRow> leaves) {
    }

    /** A half-day of the week: Monday = 1; {@code half} AM or PM. */
    public record HalfDayRow(int dayOfWeek, String half) {
    }

    public record LeaveRow(String kind, LocalDate startDate, String startHalf, LocalDate endDate, String endHalf) {
    }

    /**
     * Coordinates are null for the teleconsultation cabinet; {@code ownerCollectivite} is a position in
     * {@link DemoData#collectivites()} or null.
     */
    public record CabinetRow(String code, String name, String kind, String address, String postalCode, String city,
                          Double latitude, Double longitude, int rooms, Integer ownerCollectivite,
                          List<HalfDayRow> openings) {
    }

    public CollectiviteRow referent() {
        return collectivites.get(referentCollectivite);
    }
}
