package org.buildreg.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** 企业信息查询: the enterprise as the platform knows it, with its division names spelled out. */
public record EnterpriseProfile(String name, String uscc, String orgCode, String businessRegNo, String cityName,
                                String countyName, String registeredAddress, String currentAddress,
                                String legalRepresentative, String economicType, String contactName,
                                String contactPhone, boolean needsUsccFiling, LocalDateTime registeredAt,
                                long accounts) implements Serializable {
}
