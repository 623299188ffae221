package org.buildreg.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** 统一社会信用代码备案: a USCC the association has filed, which may then register. */
@Entity
@Table(name = "uscc_filing")
public class UsccFiling implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_uscc_filing", sequenceName = "seq_uscc_filing", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_uscc_filing")
    private Long id;
    private String uscc;
    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Column(name = "filed_at")
    private LocalDateTime filedAt;
    @Column(name = "filed_by")
    private String filedBy;

    protected UsccFiling() {
    }

    public UsccFiling(String uscc, String enterpriseName, LocalDateTime filedAt, String filedBy) {
        this.uscc = uscc;
        this.enterpriseName = enterpriseName;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    public Long getId() { return id; }
    public String getUscc() { return uscc; }
    public String getEnterpriseName() { return enterpriseName; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public String getFiledBy() { return filedBy; }
}
