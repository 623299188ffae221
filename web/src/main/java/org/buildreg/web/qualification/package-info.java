/** 资质管理 pages. */
package org.buildreg.web.qualification;
