package org.openmes.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model over a service's paged list: the table asks for a page and a sort column (the column's
 * {@code field}, which must be a property the service sorts on), the service answers a {@link Page}. The count comes
 * with the page, so each table request is one service call.
 *
 * @param <T> the DTO of a row
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** What the table shows: a page of rows for a page request. */
    public interface Source<T> extends java.io.Serializable {
        Page<T> page(PageRequest request);
    }

    /** The row's key, unique in the table. */
    public interface Key<T> extends Function<T, Object>, java.io.Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    private long total;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        Page<T> page = source.page(new PageRequest(first / size, size, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING));
        total = page.getTotal();
        setRowCount(count(filterBy));
        return page.getItems();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
