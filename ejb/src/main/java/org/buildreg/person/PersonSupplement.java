package org.buildreg.person;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.buildreg.account.Module;

/** 信息补录 history (查看历史补录): a person's record before and after one supplement, as JSON. */
@Entity
@Table(name = "person_supplement")
public class PersonSupplement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_person_supplement", sequenceName = "seq_person_supplement", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_person_supplement")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Enumerated(EnumType.STRING)
    private Module module;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "before_data")
    private String before;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "after_data")
    private String after;

    protected PersonSupplement() {
    }

    public PersonSupplement(Person person, Module module, String changedBy, LocalDateTime changedAt, String before,
                            String after) {
        this.person = person;
        this.module = module;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.before = before;
        this.after = after;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public Module getModule() { return module; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
