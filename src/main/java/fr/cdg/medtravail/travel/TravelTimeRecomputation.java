package fr.cdg.medtravail.travel;

/**
 * Outcome of a recomputation: how many collectivité × cabinet pairs were estimated, how many estimate rows were
 * written, and how many pairs kept their imported MATRIX time.
 */
public record TravelTimeRecomputation(int pairs, int estimatesWritten, int matrixKept, long millis) {
}
