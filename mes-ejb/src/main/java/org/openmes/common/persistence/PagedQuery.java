package org.openmes.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;

/**
 * A list query of one entity, built condition by condition, answered a page at a time: sorted on one of the
 * properties the caller allows (the id breaks ties, so paging neither repeats nor skips a row), counted only when
 * the page does not hold everything. The entity's alias in conditions is {@code e}.
 */
public final class PagedQuery<E> {
    private final EntityManager em;
    private final Class<E> type;
    private final String fetch;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param fetch join fetches for the select (such as {@code "left join fetch e.customer"}), or "" */
    public PagedQuery(EntityManager em, Class<E> type, String fetch) {
        this.em = em;
        this.type = type;
        this.fetch = fetch;
    }

    /** Adds {@code and <condition>} with its parameter, unless {@code value} is null (meaning "any"). */
    public PagedQuery<E> and(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" match of {@code text} on any of {@code properties} (of {@code e}). */
    public PagedQuery<E> containing(String text, String... properties) {
        if (text == null || text.isBlank()) {
            return this;
        }
        where.append(" and (");
        for (int i = 0; i < properties.length; i++) {
            where.append(i == 0 ? "" : " or ").append("lower(e.").append(properties[i]).append(") like :text escape '\\'");
        }
        where.append(')');
        parameters.put("text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        return this;
    }

    /** The page asked for, sorted on {@code page.sortProperty()} (one of {@code sortable}) or {@code defaultSort}. */
    public Page<E> page(PageRequest page, List<String> sortable, String defaultSort) {
        PageRequest request = page != null ? page : new PageRequest(0, PageRequest.DEFAULT_SIZE, null, true);
        String property = request.sortProperty() == null ? defaultSort : request.sortProperty();
        if (!sortable.contains(property)) {
            throw new InvalidInputException("sort", "cannot sort by " + property + "; use one of " + String.join(", ", sortable));
        }
        String entity = type.getSimpleName();
        TypedQuery<E> select = em.createQuery("select e from " + entity + " e " + fetch + where + " order by e." + property
                + (request.ascending() ? " asc" : " desc") + ", e.id asc", type);
        parameters.forEach(select::setParameter);
        List<E> rows = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total;
        if (request.offset() == 0 && rows.size() < request.size()) {
            total = rows.size();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        return new Page<>(rows, request.page(), request.size(), total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
