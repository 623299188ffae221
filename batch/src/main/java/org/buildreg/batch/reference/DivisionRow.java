package org.buildreg.batch.reference;

import java.io.Serializable;

/** One line of the divisions CSV: code, name, level, parent code. */
public record DivisionRow(String code, String name, String level, String parentCode) implements Serializable {

    /** Parses "150100,呼和浩特市,league_city,150000"; throws on a malformed line. */
    public static DivisionRow parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 4 || !f[0].trim().matches("\\d{6}") || f[1].isBlank()
                || !f[2].trim().matches("province|league_city|county")) {
            throw new IllegalArgumentException("不是有效的行政区划行: " + line);
        }
        String parent = f[3].trim();
        return new DivisionRow(f[0].trim(), f[1].trim(), f[2].trim(), parent.isEmpty() ? null : parent);
    }
}
