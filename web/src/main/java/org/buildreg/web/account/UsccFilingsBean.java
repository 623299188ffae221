package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.web.shell.Spreadsheet.Column;
import org.buildreg.web.shell.Downloads;
import java.util.List;
import java.io.IOException;
import org.buildreg.account.UsccFiling;
import org.buildreg.account.UsccFilingResult;
import org.buildreg.account.UsccFilings;
import org.buildreg.platform.Refusal;
import org.buildreg.web.shell.FieldMessages;
import org.buildreg.web.shell.PagedList;
import org.primefaces.model.file.UploadedFile;

/** 统一社会信用代码备案 (admin): the filed list, one new filing, or a CSV of them. */
@Named
@ViewScoped
public class UsccFilingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UsccFilings filings;

    private String searchUscc;
    private String searchName;
    private String uscc;
    private String enterpriseName;
    private transient UploadedFile file;
    private UsccFilingResult uploadResult;
    private final PagedList<UsccFiling> list =
            new PagedList<>(page -> filings.search(searchUscc, searchName, page), UsccFiling::getId);

    public void file() {
        try {
            UsccFiling filed = filings.file(uscc, enterpriseName);
            FieldMessages.info(filed.getUscc() + "（" + filed.getEnterpriseName() + "）已备案");
            uscc = null;
            enterpriseName = null;
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public void upload() {
        try {
            uploadResult = filings.upload(file == null ? null : file.getContent());
            FieldMessages.info("导入完成：新增 " + uploadResult.added() + " 条，已备案 " + uploadResult.alreadyFiled()
                    + " 条，拒绝 " + uploadResult.refusedLines().size() + " 条");
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
        }
    }

    public PagedList<UsccFiling> getList() { return list; }
    public String getSearchUscc() { return searchUscc; }
    public void setSearchUscc(String searchUscc) { this.searchUscc = searchUscc; }
    public String getSearchName() { return searchName; }
    public void setSearchName(String searchName) { this.searchName = searchName; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public UsccFilingResult getUploadResult() { return uploadResult; }

    /** 导出Excel: the filed list, as filtered. */
    public void exportExcel() throws IOException {
        Downloads.excel("统一社会信用代码备案", List.of(
                new Column<UsccFiling>("统一社会信用代码", UsccFiling::getUscc),
                new Column<UsccFiling>("企业名称", UsccFiling::getEnterpriseName),
                new Column<UsccFiling>("备案时间", UsccFiling::getFiledAt),
                new Column<UsccFiling>("备案人", UsccFiling::getFiledBy)),
                page -> filings.search(searchUscc, searchName, page));
    }
}
