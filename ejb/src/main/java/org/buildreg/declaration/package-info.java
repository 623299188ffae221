/**
 * The one declaration workflow (申报) behind every business type of every module: draft → attachments →
 * batch → 上报 → 盟市审核 → 自治区审批 → approved, with 退回修改 and 不同意. A business type brings its form,
 * its rules, its attachment checklist and its approval effect; the workflow drives them all.
 */
package org.buildreg.declaration;
