package org.buildreg.declaration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A form read-only: sections of label/value lines, in the paper form's order, as reviewers read it. */
public final class FormSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line; {@code section} is the heading it sits under (申请人情况, 聘用企业情况 …). */
    public record Line(String section, String label, String value) implements Serializable {
    }

    private final List<Line> lines = new ArrayList<>();
    private String section = "";

    public FormSummary section(String heading) {
        this.section = heading;
        return this;
    }

    public FormSummary line(String label, Object value) {
        lines.add(new Line(section, label, value == null ? "" : value.toString()));
        return this;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The value shown for {@code label}, or null; tests and the print layouts read it. */
    public String valueOf(String label) {
        return lines.stream().filter(l -> l.label().equals(label)).map(Line::value).findFirst().orElse(null);
    }
}
