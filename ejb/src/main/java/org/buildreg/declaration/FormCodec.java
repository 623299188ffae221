package org.buildreg.declaration;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

/** Stores a business type's form as JSON in declaration.form_data and reads it back. */
public final class FormCodec {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private FormCodec() {
    }

    public static String write(Object form) {
        return JSON.toJson(form);
    }

    public static <F> F read(String json, Class<F> type) {
        return JSON.fromJson(json, type);
    }
}
