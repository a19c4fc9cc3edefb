package fr.cdg.medtravail.directory;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A SIREN number ({@link SirenChecksum}). Null is accepted; add @NotNull where required. */
@Documented
@Constraint(validatedBy = Siren.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siren {

    String message() default "{medtravail.siren}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Siren, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || SirenChecksum.isValid(value);
        }
    }
}
