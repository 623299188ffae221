/**
 * The pages every person module shares (二级建造师, 安管人员): the list a business type starts from, 人员调出 with its
 * 选择企业 dialog, and 人员调入 with 退回. A module's pages include them with its own columns.
 */
package org.buildreg.web.person;
