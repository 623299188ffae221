package org.buildreg.declaration;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 附件: one checked image of a declaration's checklist line. The bytes live in the row itself, written in the
 * upload's own transaction, so an upload either is complete in the database or is not there at all.
 */
@Entity
@Table(name = "declaration_attachment")
public class DeclarationAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "seq_declaration_attachment", sequenceName = "seq_declaration_attachment",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_declaration_attachment")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declaration_id")
    private Declaration declaration;
    private String kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "byte_size")
    private int byteSize;
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    protected DeclarationAttachment() {
    }

    DeclarationAttachment(Declaration declaration, String kind, String fileName, String contentType, byte[] content,
                          String sha256, String uploadedBy, LocalDateTime uploadedAt) {
        this.declaration = declaration;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.byteSize = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Declaration getDeclaration() { return declaration; }
    public String getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getByteSize() { return byteSize; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
