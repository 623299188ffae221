/**
 * 人员: the people the enterprise modules register (二级建造师, 安管人员), identified by their normalized ID
 * number, with the enterprise that employs them now.
 */
package org.buildreg.person;
