package fr.cdg.medtravail.web;

/** A request body over the limit of its route: 413, nothing read beyond the limit, nothing written. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The body is larger than the limit of " + (limitBytes >= 1 << 20 ? limitBytes / (1 << 20) + " MB"
                : limitBytes + " bytes"));
    }
}
