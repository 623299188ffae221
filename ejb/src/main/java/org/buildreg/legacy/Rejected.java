package org.buildreg.legacy;

/**
 * A row that is not imported: one line of the reject report (file, row number, reason, the row as written).
 * For ORPHAN_ENTERPRISE, {@code staged} is the normalized record, kept in the staging area from which
 * 旧数据导入申请 draws; otherwise it is null.
 */
public record Rejected(LegacyFile file, long rowNo, Reason reason, String raw, LegacyRow staged) implements LegacyRow {

    public Rejected(LegacyFile file, long rowNo, Reason reason, String raw) {
        this(file, rowNo, reason, raw, null);
    }

    public String fileName() {
        return file.fileName();
    }
}
