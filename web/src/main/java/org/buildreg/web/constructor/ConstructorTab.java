package org.buildreg.web.constructor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.web.shell.ModuleTab;
import org.buildreg.web.shell.Navigation.MenuGroup;
import org.buildreg.web.shell.Navigation.MenuItem;

/** The 二级建造师 tab and its left menu. */
@ApplicationScoped
public class ConstructorTab implements ModuleTab {

    private static final List<MenuGroup> GROUPS = List.of(
                new MenuGroup("申报管理", List.of(
                        new MenuItem("申报列表", "/constructor/declarations.xhtml"),
                        new MenuItem("初始注册", "/constructor/initial.xhtml"),
                        new MenuItem("延续注册", "/constructor/renewal.xhtml"),
                        new MenuItem("增项注册", "/constructor/add-specialty.xhtml"),
                        new MenuItem("重新注册", "/constructor/reregistration.xhtml"),
                        new MenuItem("变更注册", "/constructor/change.xhtml"),
                        new MenuItem("遗失补办", "/constructor/replacement.xhtml"),
                        new MenuItem("人员调出", "/constructor/transfer-out-list.xhtml"),
                        new MenuItem("人员调入", "/constructor/incoming.xhtml"),
                        new MenuItem("注销注册", "/constructor/cancellation.xhtml"))),
                new MenuGroup("证书查询", List.of(new MenuItem("已办证书", "/constructor/certificates.xhtml"))));

    @Override
    public Module module() {
        return Module.CONSTRUCTOR;
    }

    @Override
    public String folder() {
        return "/constructor/";
    }

    @Override
    public List<MenuGroup> groups() {
        return GROUPS;
    }
}
