package org.buildreg.constructor;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.regex.Pattern;
import org.buildreg.account.Module;
import org.buildreg.person.CertificateKind;
import org.buildreg.reference.CertificateStatus;

/**
 * The rules of the 二级建造师 module that need no database (SPEC §7), so unit tests reach each of them: the
 * number formats, the three-year validity, the age limit, the lists of its forms, and which registrations each
 * business type may start from.
 */
public final class ConstructorRules {

    /** 资格证书编号: NMG (upper case) and seven digits. */
    public static final Pattern QUALIFICATION_NO = Pattern.compile("NMG\\d{7}");
    /** 不予注册: 65 years and older. */
    public static final int MAX_AGE = 65;
    public static final String ISSUING_AUTHORITY = "内蒙古自治区住房和城乡建设厅";

    /** 申请注销注册人或机构. */
    public static final List<String> CANCELLATION_APPLICANTS = List.of("注册建造师本人", "聘用企业", "省级建设主管部门");

    /** 注销原因, as the manual's 注销注册 form lists them. */
    public static final List<String> CANCELLATION_REASONS = List.of(
            "聘用企业破产的", "死亡或不具有完全民事行为能力的", "聘用企业被吊销营业执照的", "聘用企业被吊销相应资质证书的",
            "聘用企业被吊销或者撤回资质证书的", "其他导致注册失效的情形", "已与聘用企业解除聘用合同关系的", "依法被吊销注册的",
            "注册有效期限届满未延续注册的", "依法被吊销注册证书的", "年龄超过65周岁的", "法律、法规规定应当注销注册的其他情形");

    /** 失效或不注册、被注销注册原因 of 重新注册. */
    public static final List<String> LAPSE_REASONS = List.of(
            "聘用企业破产的", "死亡或不具有完全民事行为能力的", "聘用企业被吊销营业执照的", "聘用企业被吊销或者撤回资质证书的",
            "已与聘用企业解除聘用合同关系的", "注册有效期满且未延续注册的", "经备案变更注册地且未在变更注册地注册的",
            "依法被吊销注册证书的", "年龄超过65周岁的", "其他导致注册失效的情形", "法律、法规和规章应当注销注册的其他情形");

    /** The 二级建造师注册 as the shared person code knows it. */
    public static final CertificateKind<ConstructorRegistration> CERTIFICATE = new CertificateKind<>(
            Module.CONSTRUCTOR, ConstructorRegistration.class, "二级建造师注册", "registrationNo",
            ConstructorActions.TRANSFER_OUT, TransferInType.CODE, ConstructorRules::mayStart);

    private ConstructorRules() {
    }

    /** 注册编号: 蒙, 2 (level), 15 (Inner Mongolia), the two-digit year and a seven-digit sequence. */
    public static String registrationNo(int year, long sequence) {
        if (sequence < 1 || sequence > 9_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return String.format("蒙215%02d%07d", year % 100, sequence);
    }

    /** 证书编号: eight digits. */
    public static String certificateNo(long sequence) {
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return String.format("%08d", sequence);
    }

    /** 有效期至: three years from the day of approval, the day before the anniversary (2015-09-14 → 2018-09-13). */
    public static LocalDate validUntil(LocalDate from) {
        return from.plusYears(3).minusDays(1);
    }

    /** Under 65 on {@code day}; an unknown birth date is not under the limit. */
    public static boolean isUnderMaxAge(LocalDate birthDate, LocalDate day) {
        return birthDate != null && !birthDate.isAfter(day) && Period.between(birthDate, day).getYears() < MAX_AGE;
    }

    public static boolean isQualificationNo(String number) {
        return number != null && QUALIFICATION_NO.matcher(number).matches();
    }

    /** The statuses a registration must have for a business type to start from it. */
    public static boolean mayStart(String businessType, CertificateStatus status) {
        return switch (businessType) {
            case RenewalType.CODE, ChangeType.CODE, ReplacementType.CODE, CancellationType.CODE,
                 ConstructorActions.TRANSFER_OUT -> status == CertificateStatus.VALID
                    || status == CertificateStatus.EXPIRED;
            case AddSpecialtyType.CODE -> status == CertificateStatus.VALID;
            case ReregistrationType.CODE -> status == CertificateStatus.CANCELLED;
            case TransferInType.CODE -> status == CertificateStatus.IN_TRANSFER;
            default -> false;
        };
    }
}
