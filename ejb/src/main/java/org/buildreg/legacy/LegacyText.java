package org.buildreg.legacy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Text clean-up every field of the old export gets before any rule looks at it. */
public final class LegacyText {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、;；，,]");

    private LegacyText() {
    }

    /**
     * Folds full-width letters and digits (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII, then trims ASCII white space
     * and the ideographic space U+3000 at both ends. The old system's users typed with Chinese input methods,
     * so an ID number may come as full-width digits with a trailing 全角空格. Full-width punctuation stays: it is
     * how Chinese names are written (有限责任公司（自然人投资或控股）). Null stays null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(isFullWidthAlphanumeric(c) ? (char) (c - 0xFEE0) : c);
        }
        int start = 0;
        int end = folded.length();
        while (start < end && isSpace(folded.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(start, end);
    }

    /** The cleaned text, or null when nothing is left. */
    public static String cleanOrNull(String text) {
        String c = clean(text);
        return c == null || c.isEmpty() ? null : c;
    }

    /** Splits a list such as 注册专业 on 、 ; ， (and their half-width forms), dropping empty items. */
    public static List<String> split(String list) {
        String c = clean(list);
        if (c == null || c.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(c)).map(LegacyText::clean).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isFullWidthAlphanumeric(char c) {
        return c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    private static boolean isSpace(char c) {
        return c == '\u3000' || c <= ' ';
    }
}
