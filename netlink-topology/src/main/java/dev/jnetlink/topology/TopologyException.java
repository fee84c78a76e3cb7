package dev.jnetlink.topology;

/**
 * A topology that cannot be what it says: the field it is about ({@code namespaces.r1.links[0].master})
 * and what is wrong; read from a file, also the file, line and column. Thrown before any change.
 */
public class TopologyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field, as a path from the document's root
     * @param message what is wrong
     */
    public TopologyException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /**
     * @param where {@code FILE:LINE:COLUMN}
     * @param field the field
     * @param message what is wrong
     */
    public TopologyException(String where, String field, String message) {
        super(where + ": " + field + ": " + message);
        this.field = field;
    }

    /** @return the field, as a path from the document's root */
    public String field() {
        return field;
    }

    /** @return what is wrong, without the place */
    public String problem() {
        String m = getMessage();
        int i = m.indexOf(field + ": ");
        return i < 0 ? m : m.substring(i + field.length() + 2);
    }
}
