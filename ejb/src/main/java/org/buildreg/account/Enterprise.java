package org.buildreg.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** 企业: a construction enterprise, identified by its USCC (or, for some old ones, its organization code). */
@Entity
@Table(name = "enterprise")
@NamedQuery(name = "Enterprise.byUscc", query = "SELECT e FROM Enterprise e WHERE e.uscc = :uscc")
@NamedQuery(name = "Enterprise.byOrgCode", query = "SELECT e FROM Enterprise e WHERE e.orgCode = :orgCode")
public class Enterprise implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_enterprise", sequenceName = "seq_enterprise", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_enterprise")
    private Long id;
    private String name;
    private String uscc;
    @Column(name = "org_code")
    private String orgCode;
    @Column(name = "business_reg_no")
    private String businessRegNo;
    @Column(name = "city_code")
    private String cityCode;
    @Column(name = "county_code")
    private String countyCode;
    @Column(name = "registered_address")
    private String registeredAddress;
    @Column(name = "current_address")
    private String currentAddress;
    @Column(name = "legal_representative")
    private String legalRepresentative;
    @Column(name = "economic_type")
    private String economicType;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "needs_uscc_filing")
    private boolean needsUsccFiling;
    @Column(name = "legacy_code")
    private String legacyCode;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Version
    private int version;

    protected Enterprise() {
    }

    public Enterprise(String name, String uscc, String orgCode, String businessRegNo, String cityCode,
                      String countyCode, String registeredAddress, String currentAddress, LocalDateTime createdAt) {
        this.name = name;
        this.uscc = uscc;
        this.orgCode = orgCode;
        this.businessRegNo = businessRegNo;
        this.cityCode = cityCode;
        this.countyCode = countyCode;
        this.registeredAddress = registeredAddress;
        this.currentAddress = currentAddress;
        this.createdAt = createdAt;
        this.needsUsccFiling = uscc == null;
    }

    /** 企业名称变更, approved by the reviewers of a 变更注册. */
    public void rename(String newName) {
        this.name = newName;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getUscc() { return uscc; }
    public String getOrgCode() { return orgCode; }
    public String getBusinessRegNo() { return businessRegNo; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getRegisteredAddress() { return registeredAddress; }
    public String getCurrentAddress() { return currentAddress; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public String getEconomicType() { return economicType; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
    public boolean isNeedsUsccFiling() { return needsUsccFiling; }
    public String getLegacyCode() { return legacyCode; }
    public LocalDateTime getCreatedAt() { return createdAt; }

    public void describe(String legalRepresentative, String economicType, String contactName, String contactPhone) {
        this.legalRepresentative = legalRepresentative;
        this.economicType = economicType;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Enterprise other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
