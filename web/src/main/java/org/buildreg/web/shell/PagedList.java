package org.buildreg.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.buildreg.platform.Page;
import org.buildreg.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a service method that reads one page from the database. The backing bean
 * keeps the filters; this class only turns the table's paging and sorting into a {@link PageRequest}.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Serializable, because view-scoped beans that hold the list are. */
    public interface Loader<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** Serializable key of a row, for selection. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private transient Page<T> last;

    public PagedList(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // The table asks for the total first (to place the pager), then for the rows of the page.
        return (int) Math.min(Integer.MAX_VALUE, loader.apply(PageRequest.totalOnly()).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        last = loader.apply(request.rowsOnly());
        return last.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (last == null) {
            return null;
        }
        return last.rows().stream().filter(r -> String.valueOf(key.apply(r)).equals(rowKey)).findFirst()
                .orElse(null);
    }
}
