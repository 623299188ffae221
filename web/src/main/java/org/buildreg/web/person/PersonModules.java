package org.buildreg.web.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.buildreg.account.Module;
import org.buildreg.person.OfModule;
import org.buildreg.person.PersonCertificateActions;

/** Each person module's {@link PersonCertificateActions} bean, found by its {@link OfModule} qualifier. */
@ApplicationScoped
public class PersonModules {

    @Inject
    @Any
    private Instance<PersonCertificateActions<?, ?>> all;

    public PersonCertificateActions<?, ?> actionsOf(Module module) {
        return all.select(OfModule.Literal.of(module)).get();
    }
}
