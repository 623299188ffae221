package org.buildreg.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.buildreg.platform.Refusal;
import org.omnifaces.util.Components;

/**
 * Puts each message of a {@link Refusal} beside its field: the field key is the id of the input in the
 * submitted form, so no client id is written in Java. A message for no field goes to the page's messages.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = Components.getCurrentForm();
        refusal.messages().forEach((field, text) -> {
            UIComponent input = field.isEmpty() || form == null ? null : form.findComponent(field);
            String clientId = input == null ? null : input.getClientId(faces);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            if (input instanceof jakarta.faces.component.UIInput in) {
                keepSubmitted(faces, in, clientId);
                in.setValid(false);
            }
        });
        faces.validationFailed();
    }

    /**
     * PrimeFaces renders an invalid input without a submitted value empty, so a refused value would vanish from
     * its field: give the input back what the user sent (a text, a date or a selected option).
     */
    private static void keepSubmitted(FacesContext faces, jakarta.faces.component.UIInput in, String clientId) {
        if (in instanceof jakarta.faces.component.UISelectMany || in instanceof jakarta.faces.component.UISelectBoolean) {
            return;
        }
        java.util.Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        String sent = params.containsKey(clientId) ? params.get(clientId) : params.get(clientId + "_input");
        if (sent != null) {
            in.setSubmittedValue(sent);
        }
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
