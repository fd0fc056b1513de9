package org.openmes.bom.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.service.PartDto;
import org.openmes.bom.service.PartFilter;
import org.openmes.bom.service.PartService;
import org.openmes.common.PageRequest;
import org.openmes.platform.web.ActionFeedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backing bean of {@code /parts.xhtml}: the filter form (text, status, make or buy, product family) and the matching
 * parts a page at a time, sorted by the column the user chose (by part number and revision until then).
 */
@Named
@ViewScoped
public class PartsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "partsForm";

    @EJB
    private PartService partService;

    private String text;
    private PartStatus status;
    private MakeOrBuy makeOrBuy;
    private String productFamily;
    private PartFilter shown = PartFilter.ALL;
    private final Parts parts = new Parts();

    public void search() {
        ActionFeedback.run(FORM, () -> shown = new PartFilter(text, status, makeOrBuy, productFamily));
    }

    public void clear() {
        text = null;
        status = null;
        makeOrBuy = null;
        productFamily = null;
        shown = PartFilter.ALL;
    }

    public PartStatus[] getStatuses() {
        return PartStatus.values();
    }

    public MakeOrBuy[] getMakeOrBuyValues() {
        return MakeOrBuy.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PartStatus getStatus() {
        return status;
    }

    public void setStatus(PartStatus status) {
        this.status = status;
    }

    public MakeOrBuy getMakeOrBuy() {
        return makeOrBuy;
    }

    public void setMakeOrBuy(MakeOrBuy makeOrBuy) {
        this.makeOrBuy = makeOrBuy;
    }

    public String getProductFamily() {
        return productFamily;
    }

    public void setProductFamily(String productFamily) {
        this.productFamily = productFamily;
    }

    public LazyDataModel<PartDto> getParts() {
        return parts;
    }

    /** The parts of the shown filter, a page at a time; the table's sort column is the service's sort property. */
    private final class Parts extends LazyDataModel<PartDto> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, partService.list(shown, new PageRequest(0, 1, null, true)).getTotal());
        }

        @Override
        public List<PartDto> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest page = sort == null || sort.getOrder() == SortOrder.UNSORTED
                    ? new PageRequest(first / size, size, null, true)
                    : new PageRequest(first / size, size, sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
            return partService.list(shown, page).getItems();
        }

        @Override
        public String getRowKey(PartDto part) {
            return String.valueOf(part.id());
        }
    }
}
