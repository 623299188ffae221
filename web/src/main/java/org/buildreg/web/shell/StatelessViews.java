package org.buildreg.web.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * The pages every visitor reaches — 登录, 证书查验 (the QR codes' address) and the error pages — keep no state on the
 * server: their views are transient from the moment they are made, before anything (PrimeFaces' CSP nonce among
 * them) could put something into a view map and so into a session. They hold nothing that must outlive a request.
 * Each of them also says so itself ({@code <ui:param name="stateless">}, the template's {@code f:view transient}):
 * on a postback Faces rebuilds the view from the page and restores it only if the built view is transient too.
 */
public class StatelessViews extends ViewHandlerWrapper {

    private static final Set<String> STATELESS = Set.of("/login.xhtml", "/verify.xhtml", "/verify");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    /** Whether the view {@code viewId} keeps no state. */
    public static boolean isStateless(String viewId) {
        return viewId != null && (STATELESS.contains(viewId) || viewId.startsWith("/error/"));
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
