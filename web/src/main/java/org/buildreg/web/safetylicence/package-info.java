/** 安全许可 pages. */
package org.buildreg.web.safetylicence;
