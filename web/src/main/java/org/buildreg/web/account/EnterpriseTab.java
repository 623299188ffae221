package org.buildreg.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.web.shell.ModuleTab;
import org.buildreg.web.shell.Navigation.MenuGroup;
import org.buildreg.web.shell.Navigation.MenuItem;

/** The 企业信息 tab and its left menu. */
@ApplicationScoped
public class EnterpriseTab implements ModuleTab {

    private static final List<MenuGroup> GROUPS = List.of(
                new MenuGroup("企业信息", List.of(
                        new MenuItem("企业信息查询", "/enterprise/profile.xhtml"),
                        new MenuItem("账号管理", "/enterprise/accounts.xhtml"),
                        new MenuItem("旧数据导入申请", "/enterprise/legacy-imports.xhtml"))));

    @Override
    public Module module() {
        return Module.ENTERPRISE;
    }

    @Override
    public String folder() {
        return "/enterprise/";
    }

    @Override
    public List<MenuGroup> groups() {
        return GROUPS;
    }
}
