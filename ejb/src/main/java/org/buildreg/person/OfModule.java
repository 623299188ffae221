package org.buildreg.person;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.buildreg.account.Module;

/**
 * Names the module a {@link PersonCertificateActions} bean serves, so that the shared pages find the module's
 * bean by the module alone, without calling into a bean whose role the user may not have.
 */
@Qualifier
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
public @interface OfModule {

    Module value();

    /** {@code @OfModule(m)} for a programmatic lookup. */
    final class Literal extends AnnotationLiteral<OfModule> implements OfModule {

        private static final long serialVersionUID = 1L;
        private final Module value;

        private Literal(Module value) {
            this.value = value;
        }

        public static Literal of(Module module) {
            return new Literal(module);
        }

        @Override
        public Module value() {
            return value;
        }
    }
}
