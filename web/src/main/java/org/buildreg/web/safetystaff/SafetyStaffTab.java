package org.buildreg.web.safetystaff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.web.shell.ModuleTab;
import org.buildreg.web.shell.Navigation.MenuGroup;
import org.buildreg.web.shell.Navigation.MenuItem;

/** The 安管人员 tab and its left menu. */
@ApplicationScoped
public class SafetyStaffTab implements ModuleTab {

    private static final List<MenuGroup> GROUPS = List.of(
                new MenuGroup("申报管理", List.of(
                        new MenuItem("申报列表", "/safetystaff/declarations.xhtml"),
                        new MenuItem("新增申报", "/safetystaff/new.xhtml"),
                        new MenuItem("证书延期", "/safetystaff/extension.xhtml"),
                        new MenuItem("证书变更", "/safetystaff/change.xhtml"),
                        new MenuItem("遗失补办", "/safetystaff/replacement.xhtml"),
                        new MenuItem("人员调出", "/safetystaff/transfer-out-list.xhtml"),
                        new MenuItem("人员调入", "/safetystaff/incoming.xhtml"),
                        new MenuItem("证书注销", "/safetystaff/cancellation.xhtml"))),
                new MenuGroup("证书查询", List.of(new MenuItem("已办证书", "/safetystaff/certificates.xhtml"))));

    @Override
    public Module module() {
        return Module.SAFETY_STAFF;
    }

    @Override
    public String folder() {
        return "/safetystaff/";
    }

    @Override
    public List<MenuGroup> groups() {
        return GROUPS;
    }
}
