package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.constructor.ConstructorActions;
import org.buildreg.constructor.RegistrationChoice;
import org.buildreg.constructor.ReregistrationType;
import org.buildreg.platform.Refusal;
import org.buildreg.web.declaration.DeclarationFormBean;
import org.buildreg.web.shell.FieldMessages;
import org.omnifaces.util.Faces;

/** 重新注册: find the 已注销 person by name and ID number, then 重新注册 opens the auto-filled form. */
@Named
@ViewScoped
public class ReregistrationSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorActions actions;
    private String searchName;
    private String searchIdNumber;
    private List<RegistrationChoice> found = List.of();
    /** The name and ID number the rows were found by (the fields may have changed since). */
    private String foundName;
    private String foundIdNumber;

    public void search() {
        try {
            found = actions.findCancelled(searchName, searchIdNumber);
            foundName = searchName;
            foundIdNumber = searchIdNumber;
        } catch (Refusal r) {
            found = List.of();
            FieldMessages.show(r);
        }
    }

    /**
     * 重新注册 of a found row: the form opens with the row's registration and the name and ID number it was found
     * by, handed over in the flash (never in the address: the form checks all three).
     */
    public String open(RegistrationChoice choice) {
        Faces.getFlash().put(DeclarationFormBean.FROM, ReregistrationType.source(choice.id(), foundName,
                foundIdNumber));
        return "/constructor/form.xhtml?type=" + ReregistrationType.CODE + "&faces-redirect=true";
    }

    public String getSearchName() { return searchName; }
    public void setSearchName(String searchName) { this.searchName = searchName; }
    public String getSearchIdNumber() { return searchIdNumber; }
    public void setSearchIdNumber(String searchIdNumber) { this.searchIdNumber = searchIdNumber; }
    public List<RegistrationChoice> getFound() { return found; }
}
