package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.constructor.ConstructorRules;
import org.buildreg.constructor.ConstructorSupplements;
import org.buildreg.constructor.SupplementChange;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.omnifaces.util.Faces;

/** 信息补录 and 查看历史补录 of one imported constructor (?id= the registration). */
@Named
@ViewScoped
public class SupplementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorSupplements supplements;
    private Long id;
    private PersonDetails person;
    private List<SupplementChange> history;

    public void load() {
        try {
            person = supplements.start(id);
        } catch (Refusal r) {
            person = null;
            FieldMessages.show(r);
        }
    }

    public void loadHistory() {
        history = supplements.history(id);
    }

    public void save() {
        try {
            supplements.supplement(id, person);
            Faces.getFlash().setKeepMessages(true);
            FieldMessages.info("信息补录已保存");
            Faces.redirect("constructor/supplement-history.xhtml?id=" + id);
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    public List<String> getEducations() { return PersonRules.EDUCATIONS; }
    public List<String> getDegrees() { return PersonRules.DEGREES; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PersonDetails getPerson() { return person; }
    public List<SupplementChange> getHistory() { return history; }
}
