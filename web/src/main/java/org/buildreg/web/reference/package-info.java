/** The administrator's 参考数据 page. */
package org.buildreg.web.reference;
