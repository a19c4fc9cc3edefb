package fr.cdg.medtravail.directory;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.validation.Validator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fr.cdg.medtravail.web.FieldProblem;
import fr.cdg.medtravail.web.InvalidInputException;

/**
 * Checks a request body with Bean Validation plus the business rules a service adds, and refuses it with every
 * problem at once. Services call it themselves so that the API and the screens report the same problems.
 */
@Component
public class Inputs {

    private final Validator validator;

    Inputs(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} if the value breaks a constraint or {@code rules} found problems. */
    public void check(Object value, List<FieldProblem> rules) {
        var problems = new ArrayList<FieldProblem>();
        validator.validate(value).forEach(violation ->
                problems.add(FieldProblem.of(violation.getPropertyPath().toString(), violation.getMessage())));
        problems.sort(Comparator.comparing(FieldProblem::field));
        problems.addAll(rules);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public void check(Object value) {
        check(value, List.of());
    }

    /**
     * A business-rule message from the ValidationMessages bundles, in the language of the request (French on the
     * screens), so that rule refusals read like constraint ones.
     */
    public static String message(String key, Object... arguments) {
        var locale = LocaleContextHolder.getLocale();
        return new MessageFormat(ResourceBundle.getBundle("ValidationMessages", locale).getString(key), locale).format(arguments);
    }

    /** Trims a text input; blank means absent. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
