package org.openmes.common;

/**
 * A page of a list query: zero-based page number, page size (1..{@value #MAX_SIZE}) and an optional sort
 * property with direction. Which properties can be sorted on is up to the query that receives it.
 */
public record PageRequest(int page, int size, String sortProperty, boolean ascending) {
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "is beyond the last page any list can have");
        }
    }

    /**
     * Parses the {@code sort} parameter form {@code property} or {@code property,asc|desc}.
     */
    public static PageRequest of(int page, int size, String sort) {
        if (sort == null || sort.isBlank()) {
            return new PageRequest(page, size, null, true);
        }
        String[] parts = sort.split(",", -1);
        if (parts.length > 2 || parts[0].isBlank()) {
            throw new InvalidInputException("sort", "must be 'property' or 'property,asc|desc'");
        }
        boolean ascending = true;
        if (parts.length == 2) {
            switch (parts[1].trim().toLowerCase(java.util.Locale.ROOT)) {
                case "asc" -> ascending = true;
                case "desc" -> ascending = false;
                default -> throw new InvalidInputException("sort", "direction must be 'asc' or 'desc'");
            }
        }
        return new PageRequest(page, size, parts[0].trim(), ascending);
    }

    public int offset() {
        return page * size;
    }
}
