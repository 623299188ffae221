package org.buildreg.web.shell;

import java.util.List;
import org.buildreg.account.Module;
import org.buildreg.web.shell.Navigation.MenuGroup;

/**
 * An enterprise module's tab: each module's web package registers its own as an {@code @ApplicationScoped} bean
 * (its folder and left menu); {@link Navigation} shows them in the manual's order of {@link Module}.
 */
public interface ModuleTab {

    Module module();

    /** The module's folder of views, e.g. {@code /constructor/}. */
    String folder();

    /** The left menu, as the manual draws it; every entry a working page. */
    List<MenuGroup> groups();
}
