package org.buildreg.web.safetylicence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.web.shell.ModuleTab;
import org.buildreg.web.shell.Navigation.MenuGroup;
import org.buildreg.web.shell.Navigation.MenuItem;

/** The 安全许可 tab and its left menu. */
@ApplicationScoped
public class SafetyLicenceTab implements ModuleTab {

    private static final List<MenuGroup> GROUPS = List.of(
                new MenuGroup("证书查询", List.of(new MenuItem("安全生产许可证", "/safetylicence/licences.xhtml"))));

    @Override
    public Module module() {
        return Module.SAFETY_LICENCE;
    }

    @Override
    public String folder() {
        return "/safetylicence/";
    }

    @Override
    public List<MenuGroup> groups() {
        return GROUPS;
    }
}
