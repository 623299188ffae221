package org.buildreg.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The top tabs and the left menu of the current tab, as the manual draws them, filtered by what the caller
 * may open. Each enterprise module registers its own tab ({@link ModuleTab}); a sub-account sees only its granted
 * modules.
 */
@Named
@RequestScoped
public class Navigation {

    /** One entry of a left menu; {@code path} is the view id. */
    public record MenuItem(String label, String path) {
    }

    /** One tab: its label, the role it needs (null: any logged-in user), its folder and its menu. */
    public record Tab(String label, String role, String folder, List<MenuGroup> groups) {
        public String firstPath() {
            return groups.get(0).items().get(0).path();
        }
    }

    /** A heading of the left menu (申报管理, 证书查询…) and its entries. */
    public record MenuGroup(String label, List<MenuItem> items) {
    }

    private static final Tab PERSONAL = new Tab("个人中心", null, "/account/", List.of(new MenuGroup("个人中心", List.of(
            new MenuItem("账号信息", "/home.xhtml"),
            new MenuItem("修改密码", "/account/password.xhtml")))));

    private static final List<Tab> ADMIN_TABS = List.of(PERSONAL,
            new Tab("管理控制台", "ADMIN", "/admin/", List.of(new MenuGroup("管理控制台", List.of(
                    new MenuItem("企业与账号", "/admin/enterprises.xhtml"),
                    new MenuItem("统一社会信用代码备案", "/admin/filings.xhtml"),
                    new MenuItem("找回账号/重置密码申请", "/admin/reset-requests.xhtml"),
                    new MenuItem("旧数据导入申请", "/admin/legacy-imports.xhtml"),
                    new MenuItem("加密锁证书", "/admin/dongles.xhtml"),
                    new MenuItem("审计日志", "/admin/audit.xhtml"),
                    new MenuItem("参考数据", "/admin/reference.xhtml"),
                    new MenuItem("批处理控制台", "/admin/batch/console.xhtml"))))),
            // The batch operator has the batch console only (ADMIN reaches it from 管理控制台).
            new Tab("批处理控制台", "BATCH_OPERATOR", "/admin/batch/", List.of(new MenuGroup("批处理", List.of(
                    new MenuItem("批处理控制台", "/admin/batch/console.xhtml"))))));

    private static final List<Tab> REVIEWER_TABS = List.of(PERSONAL,
            new Tab("申报审核", null, "/review/", List.of(new MenuGroup("申报审核", List.of(
                    new MenuItem("待审核申报", "/review/queue.xhtml"),
                    new MenuItem("统计", "/review/stats.xhtml"))))));

    @Inject
    private SecurityContext security;
    @Inject
    private FacesContext faces;
    @Inject
    @Any
    private Instance<ModuleTab> modules;

    /** 个人中心, then every module's own tab in the manual's order. */
    private List<Tab> enterpriseTabs() {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(PERSONAL);
        modules.stream().sorted(Comparator.comparing(ModuleTab::module))
                .map(m -> new Tab(m.module().label(), m.module().role(), m.folder(), m.groups()))
                .forEach(tabs::add);
        return tabs;
    }

    public List<Tab> getTabs() {
        List<Tab> all = security.isCallerInRole("ENTERPRISE") ? enterpriseTabs()
                : security.isCallerInRole("CITY_REVIEWER") || security.isCallerInRole("PROVINCE_REVIEWER")
                        ? REVIEWER_TABS : ADMIN_TABS;
        return all.stream().filter(this::allowed).map(this::withAllowedItems).toList();
    }

    public Tab getCurrentTab() {
        String view = viewId();
        return getTabs().stream()
                .filter(t -> t.groups().stream().anyMatch(g -> g.items().stream()
                        .anyMatch(i -> i.path().equals(view))) || view.startsWith(t.folder()))
                .findFirst().orElse(getTabs().get(0));
    }

    public boolean isCurrent(MenuItem item) {
        return item.path().equals(viewId());
    }

    private boolean allowed(Tab tab) {
        return tab.role() == null || security.isCallerInRole(tab.role());
    }

    /** What only an enterprise's main account manages. */
    private static final java.util.Set<String> MAIN_ACCOUNT_ONLY = java.util.Set.of("/enterprise/accounts.xhtml",
            "/enterprise/legacy-imports.xhtml");

    /** Drops menu entries the caller may not open (账号管理, 旧数据导入申请 are for the main account only). */
    private Tab withAllowedItems(Tab tab) {
        List<MenuGroup> groups = tab.groups().stream()
                .map(g -> new MenuGroup(g.label(), g.items().stream()
                        .filter(i -> !MAIN_ACCOUNT_ONLY.contains(i.path())
                                || security.isCallerInRole("ENTERPRISE_MAIN"))
                        .toList()))
                .toList();
        return new Tab(tab.label(), tab.role(), tab.folder(), groups);
    }

    private String viewId() {
        return faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }
}
