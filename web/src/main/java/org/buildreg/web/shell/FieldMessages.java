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
                in.setValid(false);
            }
        });
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
