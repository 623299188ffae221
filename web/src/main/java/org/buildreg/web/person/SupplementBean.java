package org.buildreg.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.person.PersonCertificateActions;
import org.buildreg.person.PersonDetails;
import org.buildreg.person.PersonRules;
import org.buildreg.person.SupplementChange;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.omnifaces.util.Faces;

/**
 * 信息补录 and 查看历史补录 of one imported holder (?id= the certificate) in any person module: the module's page
 * names its module; the module's actions bean does the work.
 */
@Named
@ViewScoped
public class SupplementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonModules modules;
    private Module module;
    private Long id;
    private PersonDetails person;
    private List<SupplementChange> history;

    public void load() {
        try {
            person = actions().supplementable(id);
        } catch (Refusal r) {
            person = null;
            FieldMessages.show(r);
        }
    }

    public void loadHistory() {
        history = actions().supplementHistory(id);
    }

    /** 保存: on success to the module's 查看历史补录 of the same holder. */
    public void save() {
        try {
            actions().supplement(id, person);
            Faces.getFlash().setKeepMessages(true);
            FieldMessages.info("信息补录已保存");
            String view = Faces.getViewId();
            Faces.redirect(view.substring(1, view.lastIndexOf('/') + 1) + "supplement-history.xhtml?id=" + id);
        } catch (Refusal r) {
            FieldMessages.show(r);
        }
    }

    private PersonCertificateActions<?, ?> actions() {
        return modules.actionsOf(module);
    }

    public List<String> getEducations() { return PersonRules.EDUCATIONS; }
    public List<String> getDegrees() { return PersonRules.DEGREES; }
    public Module getModule() { return module; }
    public void setModule(Module module) { this.module = module; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PersonDetails getPerson() { return person; }
    public List<SupplementChange> getHistory() { return history; }
}
