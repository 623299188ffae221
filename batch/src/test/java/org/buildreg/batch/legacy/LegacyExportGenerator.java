package org.buildreg.batch.legacy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.buildreg.legacy.LegacyCsv;
import org.buildreg.legacy.LegacyFile;
import org.buildreg.reference.IdCardNumber;

/**
 * Writes an old-system export of any size in the LEGACY-FORMAT shape and with its dirt, for the migration
 * benchmark: GB18030 and CRLF, quoted fields with commas, full-width spaces and letters, 15-digit ID numbers, wrong
 * check characters, short 盟市 names, five date formats and a bad one, duplicate persons under two 人员编号,
 * persons of enterprises not in the export, malformed rows, the pre-2016 专职安全生产管理人员 category.
 */
public final class LegacyExportGenerator {

    private static final List<String> CITIES = List.of("呼和浩特市", "呼市", "包头市", "包头", "乌海市", "赤峰市", "通辽",
            "鄂尔多斯市", "呼伦贝尔市", "巴彦淖尔市", "乌兰察布市", "兴安", "锡盟", "阿盟");
    private static final List<String> AREAS = List.of("150102", "150203", "150302", "150402", "150502", "150602",
            "150702", "150802", "150902", "152201", "152502", "152921", "152527");
    private static final List<String> SPECIALTIES = List.of("建筑工程", "公路工程", "水利水电工程", "市政公用工程",
            "矿业工程", "机电工程");
    private static final List<String> CATEGORIES = List.of("企业主要负责人", "项目负责人", "机械安全生产管理人员",
            "土建安全生产管理人员", "综合安全生产管理人员", "专职安全生产管理人员");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "乌", "巴", "包", "白", "云");
    private static final List<String> GIVEN = List.of("建", "华", "丽", "军", "敏", "强", "芳", "伟", "娜", "涛",
            "图雅", "其其格", "巴特尔", "斯琴");

    private final Random random = new Random(7);
    private final int offset;
    private final String personPrefix;

    /** The benchmark's series: 企业编码 from 100000, 人员编号 R…. */
    LegacyExportGenerator() {
        this(0, "R");
    }

    /**
     * Another series, for an export that goes into a database already holding the shipped sample (whose 企业编码
     * start at 100000 and 人员编号 at R0000000): every code and number is shifted by {@code offset}, 人员编号 start
     * with {@code personPrefix}, and the persons are born 1930–1954 (the sample's from 1955), so no ID number
     * of it meets one already there and nothing merges. The last digit of their ID numbers' sequence is the
     * offset's hundred-thousands digit: series of different offsets (400000, 600000) never share a person either.
     */
    public LegacyExportGenerator(int offset, String personPrefix) {
        this.offset = offset;
        this.personPrefix = personPrefix;
    }

    /** What was written, so the benchmark can count rows. */
    public record Written(long enterprises, long persons, long registrations, long staff, long licences) {
        long total() {
            return enterprises + persons + registrations + staff + licences;
        }
    }

    public Written write(Path folder, int persons) throws IOException {
        Files.createDirectories(folder);
        int enterprises = Math.max(10, persons / 20);
        long regs = 0;
        long staff = 0;
        long licences = 0;
        try (BufferedWriter qy = open(folder, LegacyFile.ENTERPRISES)) {
            for (int i = 0; i < enterprises; i++) {
                boolean noUscc = i % 100 == 7;
                String code = String.valueOf(100000 + offset + i);
                int n = offset + i;
                line(qy, code, "内蒙古测试建设集团有限公司" + i,
                        noUscc ? "" : "91150" + String.format("%012d", n) + "X",
                        String.format("%08d", n) + "X", "150" + String.format("%012d", n),
                        CITIES.get(i % CITIES.size()), "某旗", "\"内蒙古自治区某市某路" + i + "号,某大厦\"",
                        "某街" + i + "号", pick(SURNAMES) + pick(GIVEN), "有限责任公司", pick(SURNAMES) + pick(GIVEN),
                        "13" + String.format("%09d", i), "建筑工程施工总承包贰级", "D" + (200000000 + n), "qy" + code,
                        md5("pw" + String.format("%06d", i)));
            }
        }
        try (BufferedWriter ry = open(folder, LegacyFile.PERSONS);
             BufferedWriter jzs = open(folder, LegacyFile.CONSTRUCTOR_REGISTRATIONS);
             BufferedWriter agry = open(folder, LegacyFile.SAFETY_STAFF_CERTIFICATES)) {
            String previousId15 = null;
            for (int i = 0; i < persons; i++) {
                String personNo = personPrefix + String.format("%08d", i);
                int n = offset + i;
                LocalDate birth = offset == 0 ? LocalDate.of(1960, 1, 1).plusDays(random.nextInt(14_600))
                        : LocalDate.of(1930, 1, 1).plusDays(random.nextInt(9_000));
                String body = AREAS.get(i % AREAS.size()) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + (offset == 0 ? String.format("%03d", random.nextInt(1000))
                                : String.format("%02d%d", random.nextInt(100), offset / 100_000 % 10));
                String id = body + IdCardNumber.checkCharacter(body);
                String written = id;
                int dirt = i % 1000;
                if (dirt < 10) {
                    written = body + (id.endsWith("0") ? "1" : "0");           // wrong check character
                } else if (dirt < 30 && birth.getYear() < 2000) {
                    written = id.substring(0, 6) + id.substring(8, 17);      // first-generation 15 digits
                } else if (dirt == 31 && previousId15 != null) {
                    written = previousId15;                                 // the same person, a second 人员编号
                }
                if (birth.getYear() < 2000) {
                    previousId15 = id.substring(0, 6) + id.substring(8, 17);
                }
                String enterprise = dirt >= 40 && dirt < 50 ? "999999"
                        : String.valueOf(100000 + offset + random.nextInt(enterprises));
                String name = (dirt % 7 == 0 ? "\u3000" : "") + pick(SURNAMES) + pick(GIVEN);
                if (dirt == 60) {
                    ry.write(personNo + "," + name + ",男,身份证," + written + "\r\n");  // malformed: columns missing
                    continue;
                }
                line(ry, personNo, name, (body.charAt(16) - '0') % 2 == 1 ? "男" : "女", "身份证", written,
                        date(birth, i), "汉族", "本科", "内蒙古工业大学", "土木工程", "138" + String.format("%08d", i),
                        enterprise);
                if (i % 10 < 3) {
                    LocalDate issued = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000));
                    line(jzs, "蒙215" + String.format("%02d", issued.getYear() % 100) + String.format("%07d", n),
                            "NMG" + String.format("%07d", n), String.format("%08d", n), personNo,
                            pick(SPECIALTIES) + (i % 3 == 0 ? "、" + pick(SPECIALTIES) : ""),
                            "内蒙古自治区住房和城乡建设厅", i % 5000 == 17 ? "2018年3月" : date(issued, i),
                            date(issued.plusYears(3).minusDays(1), i + 1), status(issued.plusYears(3), i));
                    regs++;
                }
                if (i % 10 >= 5 && i % 10 < 9) {
                    LocalDate issued = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
                    String category = CATEGORIES.get(i % CATEGORIES.size());
                    line(agry, "蒙建安" + (category.startsWith("企业") ? "A" : category.startsWith("项目") ? "B" : "C")
                                    + "(" + issued.getYear() + ")" + String.format("%08d", n), personNo, category,
                            date(issued, i), date(issued, i), date(issued.plusYears(3), i),
                            status(issued.plusYears(3), i));
                    staff++;
                }
            }
        }
        try (BufferedWriter aqxk = open(folder, LegacyFile.SAFETY_LICENCES)) {
            for (int i = 0; i < enterprises; i++) {
                if (i % 5 == 4) {
                    continue;
                }
                LocalDate issued = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4500));
                line(aqxk, "(蒙)JZ安许证字[" + issued.getYear() + "]" + String.format("%07d", offset + i),
                        String.valueOf(100000 + offset + i), pick(SURNAMES) + pick(GIVEN), "建筑施工", date(issued, i),
                        date(issued.plusYears(3).minusDays(1), i), status(issued.plusYears(3), i));
                licences++;
            }
        }
        return new Written(enterprises, persons, regs, staff, licences);
    }

    /** 证书状态 as the old system left it: a third of the lapsed ones still say 有效 (the sweep's work). */
    private static String status(LocalDate validUntil, int i) {
        return validUntil.isBefore(LocalDate.now()) && i % 3 != 0 ? "已过期" : "有效";
    }

    /** The five written forms of a date, in turn. */
    private static String date(LocalDate date, int i) {
        return switch (i % 5) {
            case 0 -> date.getYear() + "-" + date.getMonthValue() + "-" + date.getDayOfMonth();
            case 1 -> date.toString();
            case 2 -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
            case 3 -> date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth();
            default -> date.format(DateTimeFormatter.BASIC_ISO_DATE);
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static BufferedWriter open(Path folder, LegacyFile file) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(folder.resolve(file.fileName())), LegacyCsv.GB18030), 1 << 16);
        out.write(String.join(",", file.columns()) + "\r\n");
        return out;
    }

    private static void line(BufferedWriter out, String... fields) throws IOException {
        out.write(String.join(",", fields));
        out.write("\r\n");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
