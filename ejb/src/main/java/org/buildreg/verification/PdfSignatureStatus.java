package org.buildreg.verification;

/** What the public check says of an uploaded PDF's 电子签章, in the words the page shows. */
public enum PdfSignatureStatus {
    VALID("签章有效：本文件由内蒙古自治区建筑业信息管理平台签发，签发后未被修改"),
    MODIFIED("签章无效：文件在签章后已被修改"),
    UNTRUSTED("签章无效：非本平台签章，本文件不是内蒙古自治区建筑业信息管理平台签发的"),
    UNSIGNED("文件没有电子签章"),
    NOT_PDF("不是有效的PDF文件");

    private final String message;

    PdfSignatureStatus(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
