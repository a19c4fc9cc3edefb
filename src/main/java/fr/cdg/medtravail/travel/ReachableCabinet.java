package fr.cdg.medtravail.travel;

/** A cabinet within reach of a collectivité, with the travel time and where it comes from (ESTIMATE or MATRIX). */
public record ReachableCabinet(long cabinetId, String code, String name, String kind, String city, int minutes,
                               String source) {
}
