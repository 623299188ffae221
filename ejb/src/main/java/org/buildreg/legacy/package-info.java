/**
 * 旧数据迁移: reads the old system's export (GB18030 CSV files in a folder or a ZIP, {@code LEGACY-FORMAT.md})
 * row by row and normalizes each row into a typed record or a reject with its reason; no server needed.
 */
package org.buildreg.legacy;
