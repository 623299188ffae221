package org.buildreg.web.declaration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.buildreg.declaration.DeclarationReading;
import org.buildreg.declaration.DeclarationView;
import org.buildreg.declaration.FormSummary;

/** 查看 / 跟踪 / 查看附件 / 审核历史 of one declaration, for the enterprise that filed it. */
@Named
@ViewScoped
public class DeclarationViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationReading reading;
    private Long id;
    private DeclarationView view;

    public void load() {
        view = reading.view(id);
    }

    /** A section of the read-only form: its heading and its lines two by two (label, value, label, value). */
    public record Section(String heading, List<List<FormSummary.Line>> rows) implements Serializable {
    }

    public List<Section> getSections() {
        return sectionsOf(view.form());
    }

    public static List<Section> sectionsOf(FormSummary form) {
        Map<String, List<FormSummary.Line>> grouped = new LinkedHashMap<>();
        for (FormSummary.Line line : form.lines()) {
            grouped.computeIfAbsent(line.section(), k -> new ArrayList<>()).add(line);
        }
        List<Section> sections = new ArrayList<>();
        grouped.forEach((heading, lines) -> {
            List<List<FormSummary.Line>> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += 2) {
                rows.add(lines.subList(i, Math.min(i + 2, lines.size())));
            }
            sections.add(new Section(heading, rows));
        });
        return sections;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DeclarationView getView() { return view; }
}
