package org.buildreg.web.constructor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.constructor.ConstructorActions;
import org.buildreg.constructor.RegistrationChoice;
import org.buildreg.web.shell.PagedList;

/**
 * The list a business type starts from (延续注册, 增项注册, 变更注册, 遗失补办, 人员调出, 注销注册): the enterprise's
 * registrations in a status the type allows, each with the manual's action link.
 */
@Named
@ViewScoped
public class ConstructorPickBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConstructorActions actions;
    private String businessType;
    private String name;
    private String idNumber;
    private final PagedList<RegistrationChoice> list = new PagedList<>(
            page -> actions.startable(businessType, name, idNumber, page), RegistrationChoice::id);

    public boolean isTransferOut() {
        return ConstructorActions.TRANSFER_OUT.equals(businessType);
    }

    public PagedList<RegistrationChoice> getList() { return list; }
    public String getBusinessType() { return businessType; }
    public void setBusinessType(String businessType) { this.businessType = businessType; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
}
