package org.buildreg.declaration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.buildreg.account.Module;

/**
 * 申报单号, unique and sortable like the manual's 471AC082017061100014941: a module letter, the 盟市 code of
 * the enterprise, the date, and an eight-digit number from the database sequence {@code seq_declaration_no},
 * e.g. {@code C15010020261124 00000042} written without the space (23 characters).
 */
public final class DeclarationNumber {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private DeclarationNumber() {
    }

    public static String of(Module module, String cityCode, LocalDate day, long sequence) {
        if (cityCode == null || !cityCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("盟市代码应为6位数字: " + cityCode);
        }
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return module.declarationLetter() + cityCode + day.format(DAY) + String.format("%08d", sequence);
    }

    /** 批次编号: P, the module letter, the date and a number from the same sequence ("PC2026112400000043"). */
    public static String ofBatch(Module module, LocalDate day, long sequence) {
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return "P" + module.declarationLetter() + day.format(DAY) + String.format("%08d", sequence);
    }
}
