/** 安管人员 pages. */
package org.buildreg.web.safetystaff;
