package org.buildreg.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the two queries of a paged list, the page and the count, from one FROM clause and the filters the
 * user actually filled in; empty filters add no condition. Sort columns come from a whitelist.
 */
public final class ListQuery<T> {

    /** EclipseLink's hint: a page's rows in one round trip (Oracle's driver fetches ten at a time otherwise). */
    private static final String FETCH_SIZE = "eclipselink.jdbc.fetch-size";

    private final Class<T> type;
    private final String select;
    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> sortable = new LinkedHashMap<>();
    private String defaultOrder;
    private String fetch = "";
    private String counted;
    private String idPath;
    private java.util.function.Function<T, Object> idOf;

    private ListQuery(Class<T> type, String select, String from) {
        this.type = type;
        this.select = select;
        this.from = from;
    }

    /** {@code select} is what one row is ("e"), {@code from} the entity and alias ("Enterprise e"). */
    public static <T> ListQuery<T> of(Class<T> type, String select, String from) {
        return new ListQuery<>(type, select, from);
    }

    /** Adds {@code condition} with its one parameter, unless the value is null or blank. */
    public ListQuery<T> where(String condition, String parameter, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value instanceof String s ? s.trim() : value);
        return this;
    }

    /** Adds a condition that needs no parameter. */
    public ListQuery<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A "contains" filter, case-insensitive. */
    public ListQuery<T> whereContains(String path, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return where("LOWER(" + path + ") LIKE :" + parameter, parameter,
                "%" + value.trim().toLowerCase().replace("%", "").replace("_", "") + "%");
    }

    /** What to count when rows are built with a constructor expression ("a" for NEW …Row(a.id, …)). */
    public ListQuery<T> counting(String alias) {
        this.counted = alias;
        return this;
    }

    /** Fetch joins for the rows only (a count query must not fetch): "JOIN FETCH r.person". */
    public ListQuery<T> fetch(String fetchJoins) {
        this.fetch = " " + fetchJoins;
        return this;
    }

    /**
     * Pages by key first: the page's ids are read with a narrow query (which an index can answer without touching
     * the rows), then the rows of those ids with their fetch joins. Large lists need it: a database that pages
     * with ROWNUM over a sorted derived table otherwise carries every whole row through the sort.
     */
    public ListQuery<T> pagedBy(String idPath, java.util.function.Function<T, Object> idOf) {
        this.idPath = idPath;
        this.idOf = idOf;
        return this;
    }

    /** The paths of an ORDER BY clause without their directions: "d.createdAt DESC, d.id" → "d.createdAt, d.id". */
    static String orderPaths(String order) {
        return java.util.Arrays.stream(order.split(","))
                .map(part -> part.trim().replaceAll("(?i)\\s+(ASC|DESC)$", ""))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public ListQuery<T> sortable(String field, String path) {
        sortable.put(field, path);
        return this;
    }

    public ListQuery<T> orderBy(String defaultOrder) {
        this.defaultOrder = defaultOrder;
        return this;
    }

    /** Reads what the request wants: the rows of its page, the total, or both; the total is -1 when not read. */
    public Page<T> page(EntityManager em, PageRequest request) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<T> list = List.of();
        if (request.wantsRows()) {
            String order = sortable.containsKey(request.sortField())
                    ? sortable.get(request.sortField()) + (request.ascending() ? " ASC" : " DESC")
                            + (defaultOrder == null ? "" : ", " + defaultOrder)
                    : defaultOrder;
            if (idPath != null && order != null) {
                list = pageByKey(em, request, where, order);
            } else {
                TypedQuery<T> rows = em.createQuery("SELECT " + select + " FROM " + from + fetch + where
                        + (order == null ? "" : " ORDER BY " + order), type);
                parameters.forEach(rows::setParameter);
                list = rows.setFirstResult(request.first()).setMaxResults(request.size())
                        .setHint(FETCH_SIZE, request.size()).getResultList();
            }
        }
        long total = -1;
        if (request.wantsTotal()) {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + (counted == null ? select : counted) + ") FROM "
                    + from + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        return new Page<>(list, total);
    }

    private List<T> pageByKey(EntityManager em, PageRequest request, String where, String order) {
        jakarta.persistence.Query keys = em.createQuery("SELECT " + idPath + ", " + orderPaths(order) + " FROM " + from
                + where + " ORDER BY " + order);
        parameters.forEach(keys::setParameter);
        List<Object> ids = new ArrayList<>();
        for (Object row : keys.setFirstResult(request.first()).setMaxResults(request.size())
                .setHint(FETCH_SIZE, request.size()).getResultList()) {
            ids.add(row instanceof Object[] columns ? columns[0] : row);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Object, T> byId = new java.util.HashMap<>();
        for (T row : em.createQuery("SELECT " + select + " FROM " + from + fetch + " WHERE " + idPath + " IN :pageIds",
                type).setParameter("pageIds", ids).getResultList()) {
            byId.put(idOf.apply(row), row);
        }
        List<T> rows = new ArrayList<>();
        for (Object id : ids) {
            T row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
