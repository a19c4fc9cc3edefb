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

/** A SIREN number: nine digits whose Luhn checksum holds (INSEE). Null is accepted; add @NotNull where required. */
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
            return value == null || isValid(value);
        }

        /** Luhn: doubling every second digit from the right, the digit sum is a multiple of 10. */
        public static boolean isValid(String siren) {
            if (!siren.matches("[0-9]{9}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = siren.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            return sum % 10 == 0;
        }
    }
}
