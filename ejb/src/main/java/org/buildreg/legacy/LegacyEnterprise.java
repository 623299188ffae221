package org.buildreg.legacy;

/**
 * An enterprise of {@code qy.csv}, normalized: the 盟市 resolved to its division code, the old login name and
 * MD5 password hash carried over (the first login verifies the MD5 and re-hashes, see {@code Account}).
 * Without a USCC it is still imported, flagged as needing a USCC filing.
 */
public record LegacyEnterprise(long rowNo, String code, String name, String uscc, String organizationCode,
        String businessRegistrationNo, String cityCode, String cityName, String county, String registeredAddress,
        String currentAddress, String legalRepresentative, String economicType, String contact, String phone,
        String qualification, String qualificationCertificateNo, String loginName, String passwordMd5)
        implements LegacyRow {

    @Override
    public LegacyFile file() {
        return LegacyFile.ENTERPRISES;
    }

    /** Only organization code and business registration number: the enterprise must file (备案) its USCC. */
    public boolean needsUsccFiling() {
        return uscc == null;
    }
}
