/** 安管人员 (三类人员): safety management staff certificates in categories A, B, C1–C3, and their query. */
package org.buildreg.safetystaff;
