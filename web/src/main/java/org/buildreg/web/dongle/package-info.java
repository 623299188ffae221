/** 加密锁: ADMIN's dongle certificates and the published CRL. */
package org.buildreg.web.dongle;
