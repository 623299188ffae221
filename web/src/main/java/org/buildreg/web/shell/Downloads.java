package org.buildreg.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;

/** Sends a list to the browser as an Excel download (导出Excel) and ends the Faces response. */
public final class Downloads {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static <T> void excel(String title, List<Spreadsheet.Column<T>> columns,
                                 Function<PageRequest, Page<T>> loader) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        // The reset dropped the security headers too.
        SecurityHeadersFilter.apply((jakarta.servlet.http.HttpServletRequest) external.getRequest(),
                (jakarta.servlet.http.HttpServletResponse) external.getResponse());
        external.setResponseContentType(XLSX);
        String file = URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        external.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        Spreadsheet.write(external.getResponseOutputStream(), title, columns, loader);
        faces.responseComplete();
    }
}
