package fr.cdg.medtravail.web;

/**
 * The resource does not exist, or the caller may not know it exists: both answer the same 404 so that a référent
 * cannot probe another collectivité's identifiers.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
