package org.buildreg.web.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.web.shell.ModuleTab;
import org.buildreg.web.shell.Navigation.MenuGroup;
import org.buildreg.web.shell.Navigation.MenuItem;

/** The 资质管理 tab and its left menu. */
@ApplicationScoped
public class QualificationTab implements ModuleTab {

    private static final List<MenuGroup> GROUPS = List.of(
                new MenuGroup("资质管理", List.of(new MenuItem("资质证书", "/qualification/certificates.xhtml"))));

    @Override
    public Module module() {
        return Module.QUALIFICATION;
    }

    @Override
    public String folder() {
        return "/qualification/";
    }

    @Override
    public List<MenuGroup> groups() {
        return GROUPS;
    }
}
