package org.buildreg.web.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.buildreg.person.PersonRules;

/** The choices of the person part of every form (证件类型, 学历, 学位). */
@Named
@ApplicationScoped
public class PersonOptions {

    public List<String> getIdTypes() { return PersonRules.ID_TYPES; }
    public List<String> getEducations() { return PersonRules.EDUCATIONS; }
    public List<String> getDegrees() { return PersonRules.DEGREES; }
}
