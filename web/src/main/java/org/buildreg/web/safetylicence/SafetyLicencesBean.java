package org.buildreg.web.safetylicence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.safetylicence.SafetyLicence;
import org.buildreg.safetylicence.SafetyLicences;
import org.buildreg.web.shell.PagedList;

/** 证书查询 (安全许可). */
@Named
@ViewScoped
public class SafetyLicencesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SafetyLicences licences;
    private final PagedList<SafetyLicence> list =
            new PagedList<>(page -> licences.searchOwn(page), SafetyLicence::getId);

    public PagedList<SafetyLicence> getList() { return list; }
}
