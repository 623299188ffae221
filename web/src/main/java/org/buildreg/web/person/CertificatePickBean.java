package org.buildreg.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateChoice;
import org.buildreg.platform.Page;
import org.buildreg.web.shell.PagedList;

/**
 * The list a business type starts from (延续, 变更, 遗失补办, 人员调出, 注销 …): the enterprise's certificates in a
 * status the type allows, each with the manual's action link.
 */
@Named
@ViewScoped
public class CertificatePickBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonModules modules;
    private Module module;
    private String businessType;
    private boolean transferOut;
    private String name;
    private String idNumber;
    private final PagedList<CertificateChoice> list = new PagedList<>(
            page -> Page.of(modules.actionsOf(module).startable(businessType, name, idNumber, page)),
            CertificateChoice::id);

    /** The page's module and business type (or the module's 人员调出). */
    public void open(String module, String businessType) {
        this.module = Module.valueOf(module);
        this.businessType = businessType;
        this.transferOut = modules.actionsOf(this.module).transferOutCode().equals(businessType);
    }

    public boolean isTransferOut() { return transferOut; }
    public PagedList<CertificateChoice> getList() { return list; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
}
