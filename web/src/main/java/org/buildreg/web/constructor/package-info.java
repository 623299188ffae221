/** 二级建造师 pages. */
package org.buildreg.web.constructor;
