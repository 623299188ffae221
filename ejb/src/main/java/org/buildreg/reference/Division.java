package org.buildreg.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** 行政区划: the region, a 盟市 (league or city) or a 旗县区 (county), by its six-digit code. */
@Entity
@Table(name = "division")
@NamedQuery(name = "Division.cities",
        query = "SELECT d FROM Division d WHERE d.level = 'league_city' ORDER BY d.code")
@NamedQuery(name = "Division.countiesOf",
        query = "SELECT d FROM Division d WHERE d.parentCode = :city ORDER BY d.code")
public class Division implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String CITY = "league_city";
    public static final String COUNTY = "county";

    @Id
    private String code;
    private String name;
    @Column(name = "div_level")
    private String level;
    @Column(name = "parent_code")
    private String parentCode;

    protected Division() {
    }

    public Division(String code, String name, String level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getLevel() { return level; }
    public String getParentCode() { return parentCode; }

    public boolean isCity() {
        return CITY.equals(level);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Division other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
