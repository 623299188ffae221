/** 资质管理: the enterprise's qualification certificates (资质证书), read-only, from the old system. */
package org.buildreg.qualification;
