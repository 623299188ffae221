package org.buildreg.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.account.EnterpriseRegistration;
import org.buildreg.account.RegistrationForm;
import org.buildreg.platform.Refusal;
import org.buildreg.reference.Division;
import org.buildreg.reference.DivisionCatalog;
import org.buildreg.web.shell.FieldMessages;

/** 新企业注册: the form, the cascading 盟市 → 区县 lists, and the outcome. */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnterpriseRegistration registration;
    @EJB
    private DivisionCatalog divisions;

    private final RegistrationForm form = new RegistrationForm();
    private List<Division> cities;
    private List<Division> counties = List.of();
    private String registeredName;

    @PostConstruct
    void init() {
        cities = divisions.cities();
    }

    public void cityChanged() {
        form.setCountyCode(null);
        counties = divisions.countiesOf(form.getCityCode());
    }

    public void register() {
        try {
            registeredName = registration.register(form).getName();
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public RegistrationForm getForm() { return form; }
    public List<Division> getCities() { return cities; }
    public List<Division> getCounties() { return counties; }
    public String getRegisteredName() { return registeredName; }
    public boolean isRegistered() { return registeredName != null; }
}
