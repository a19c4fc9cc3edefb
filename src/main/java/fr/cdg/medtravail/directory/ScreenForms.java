package fr.cdg.medtravail.directory;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

import fr.cdg.medtravail.web.InvalidInputException;

/**
 * Helpers of the screens' forms: a form is re-displayed with the values as typed and a message next to each refused
 * field (templates read {@code values[field]} and {@code errors[field]}).
 */
public final class ScreenForms {

    private ScreenForms() {
    }

    /** Messages per field: conversion failures of the binding, or the service's refusal. */
    public static Map<String, String> fieldErrors(BindingResult binding, InvalidInputException refusal) {
        var errors = new LinkedHashMap<String, String>();
        if (binding != null) {
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), "valeur invalide"));
        }
        if (refusal != null) {
            refusal.problems().forEach(problem -> errors.merge(String.valueOf(problem.field()), problem.message(),
                    (a, b) -> a + " ; " + b));
        }
        return errors;
    }

    /** The components of a stored record as form values, to pre-fill an edit form. */
    public static Map<String, Object> valuesOf(Record record) {
        var values = new HashMap<String, Object>();
        for (var component : record.getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return values;
    }
}
