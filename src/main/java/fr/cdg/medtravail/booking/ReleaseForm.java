package fr.cdg.medtravail.booking;

/** Reserved minutes a collectivité gives back on a session. */
public record ReleaseForm(Integer minutes) {
}
