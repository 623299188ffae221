package org.buildreg.person;

import java.io.Serializable;
import java.time.LocalDate;

/** 履历: one line of a person's work history, as the 履历信息 of an application lists it. */
public class WorkHistoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 起始时间 */
    private LocalDate startedOn;
    /** 终止时间; empty for 至今 */
    private LocalDate endedOn;
    /** 工作单位 */
    private String unit;
    /** 从事工作及职务 */
    private String post;

    /** 起止时间 as the forms print it: 2015-07-01 至 2020-06-30, or 至今. */
    public String period() {
        return (startedOn == null ? "" : startedOn.toString()) + " 至 " + (endedOn == null ? "今" : endedOn.toString());
    }

    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
}
