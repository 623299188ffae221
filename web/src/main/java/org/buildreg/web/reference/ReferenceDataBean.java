package org.buildreg.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.buildreg.reference.ReferenceData;
import org.buildreg.reference.ReferenceRow;

/** 参考数据 (admin): divisions, specialties, safety staff categories, business types. */
@Named
@ViewScoped
public class ReferenceDataBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceData reference;
    private List<ReferenceRow> cities;
    private List<ReferenceRow> specialties;
    private List<ReferenceRow> categories;
    private List<ReferenceRow> businessTypes;
    private ReferenceRow city;
    private List<ReferenceRow> counties = List.of();

    public void load() {
        cities = reference.cities();
        specialties = reference.specialties();
        categories = reference.safetyStaffCategories();
        businessTypes = reference.businessTypes();
    }

    public void showCounties(ReferenceRow selected) {
        city = selected;
        counties = reference.countiesOf(selected.code());
    }

    public List<ReferenceRow> getCities() { return cities; }
    public List<ReferenceRow> getSpecialties() { return specialties; }
    public List<ReferenceRow> getCategories() { return categories; }
    public List<ReferenceRow> getBusinessTypes() { return businessTypes; }
    public ReferenceRow getCity() { return city; }
    public List<ReferenceRow> getCounties() { return counties; }
}
