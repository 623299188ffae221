package org.buildreg.person;

import java.io.Serializable;

/** One line of the 选择企业 dialog of 人员调出: 企业名称, 企业类型, 企业性质, 企业法人, 注册地址, 详细地址, 联系人, 联系电话, 企业编码. */
public record EnterpriseChoice(Long id, String name, String type, String nature, String legalRepresentative,
                               String registeredAddress, String address, String contactName, String contactPhone,
                               String code) implements Serializable {
}
