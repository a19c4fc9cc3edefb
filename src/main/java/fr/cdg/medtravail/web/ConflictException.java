package fr.cdg.medtravail.web;

/** The request is valid but clashes with the current state (duplicate natural key, run already solving…): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
