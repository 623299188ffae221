package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.account.EnterpriseProfile;
import org.buildreg.account.EnterpriseService;

/** 企业信息查询. */
@Named
@ViewScoped
public class EnterpriseProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnterpriseService enterprises;
    private EnterpriseProfile profile;

    public void load() {
        profile = enterprises.ownProfile();
    }

    public EnterpriseProfile getProfile() {
        return profile;
    }
}
