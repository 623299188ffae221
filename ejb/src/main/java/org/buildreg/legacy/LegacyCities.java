package org.buildreg.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the 所属盟市 the old system let users type to one of the 12 盟市 of the divisions list: the full name,
 * the name without its suffix (包头 → 包头市, 兴安 → 兴安盟), a common short name (呼市, 锡盟, 阿盟) or the name the
 * 盟市 had before it became a city (哲里木盟 → 通辽市: old enterprises were registered then).
 */
public final class LegacyCities {

    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("呼市", "呼和浩特市"), Map.entry("锡盟", "锡林郭勒盟"), Map.entry("阿盟", "阿拉善盟"),
            Map.entry("兴盟", "兴安盟"), Map.entry("呼盟", "呼伦贝尔市"), Map.entry("呼伦贝尔盟", "呼伦贝尔市"),
            Map.entry("哲盟", "通辽市"), Map.entry("哲里木盟", "通辽市"), Map.entry("伊盟", "鄂尔多斯市"),
            Map.entry("伊克昭盟", "鄂尔多斯市"), Map.entry("巴盟", "巴彦淖尔市"), Map.entry("巴彦淖尔盟", "巴彦淖尔市"),
            Map.entry("乌盟", "乌兰察布市"), Map.entry("乌兰察布盟", "乌兰察布市"), Map.entry("昭盟", "赤峰市"),
            Map.entry("昭乌达盟", "赤峰市"));
    private static final String[] SUFFIXES = {"市", "盟"};
    private static final String[] REGION_PREFIXES = {"内蒙古自治区", "内蒙古"};

    private final Map<String, CityName> byName = new HashMap<>();

    public LegacyCities(List<CityName> cities) {
        for (CityName city : cities) {
            byName.put(city.name(), city);
        }
    }

    /** The 盟市 (level {@code league_city}) of a divisions CSV in the platform's format (code,name,level,parent_code). */
    public static LegacyCities fromDivisionsCsv(InputStream utf8Csv) throws IOException {
        List<CityName> cities = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(utf8Csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.replace("\uFEFF", "").split(",", -1);
                if (f.length >= 3 && "league_city".equals(f[2].trim())) {
                    cities.add(new CityName(f[0].trim(), f[1].trim()));
                }
            }
        }
        return new LegacyCities(cities);
    }

    public Optional<CityName> find(String text) {
        String name = LegacyText.clean(text);
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        for (String prefix : REGION_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                name = name.substring(prefix.length());
                break;
            }
        }
        CityName exact = byName.get(SHORT_NAMES.getOrDefault(name, name));
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String suffix : SUFFIXES) {
            CityName withSuffix = byName.get(name + suffix);
            if (withSuffix != null) {
                return Optional.of(withSuffix);
            }
        }
        return Optional.empty();
    }
}
