package org.buildreg.declaration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.buildreg.account.Module;

/** Every business type the deployed modules bring, by code; the workflow knows them only through this. */
@ApplicationScoped
public class BusinessTypes {

    @Inject
    @Any
    private Instance<BusinessType<?>> found;
    private final Map<String, BusinessType<?>> byCode = new LinkedHashMap<>();

    @PostConstruct
    void collect() {
        for (BusinessType<?> type : found) {
            byCode.put(type.code(), type);
        }
    }

    /** The type of {@code code}; an unknown code is a programming error or a forged request. */
    public BusinessType<?> of(String code) {
        BusinessType<?> type = byCode.get(code);
        if (type == null) {
            throw new IllegalArgumentException("unknown business type " + code);
        }
        return type;
    }

    public String labelOf(String code) {
        BusinessType<?> type = byCode.get(code);
        return type == null ? code : type.label();
    }

    public List<BusinessType<?>> ofModule(Module module) {
        return byCode.values().stream().filter(t -> t.module() == module)
                .sorted(Comparator.comparing(BusinessType::code)).toList();
    }
}
