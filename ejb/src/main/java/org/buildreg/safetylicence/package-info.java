/** 安全许可: the enterprise's safety production licence (安全生产许可证) and its query. */
package org.buildreg.safetylicence;
