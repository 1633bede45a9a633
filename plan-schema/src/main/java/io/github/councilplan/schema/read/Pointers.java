package io.github.councilplan.schema.read;

/**
 * JSON pointers (RFC 6901) as problems and located trees write them: a pointer is built by
 * appending reference tokens, each escaped. Stateless and thread-safe.
 */
public final class Pointers {
    private Pointers() {}

    /**
     * Escapes one reference token of a JSON pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
     *
     * @param token the token as written in the document, not null
     * @return the escaped token, not null
     */
    public static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token : token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Unescapes one reference token of a JSON pointer, the inverse of {@link #escape(String)}.
     *
     * @param token the escaped token, not null
     * @return the token as written in the document, not null
     */
    public static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Appends a property name to a JSON pointer, escaped.
     *
     * @param base the pointer of the object, not null ({@code ""} for the whole document)
     * @param name the property name, not null
     * @return the pointer of the property, not null
     */
    public static String child(String base, String name) {
        return base + "/" + escape(name);
    }

    /**
     * Appends an array index to a JSON pointer.
     *
     * @param base the pointer of the array, not null
     * @param index the index
     * @return the pointer of the item, not null
     */
    public static String child(String base, int index) {
        return base + "/" + index;
    }

    /**
     * Appends a property name, then an index within it: the pointer of an item of a list property.
     *
     * @param base the pointer of the object, not null
     * @param list the name of the list property, not null
     * @param index the item's index
     * @return the pointer of the item, not null
     */
    public static String child(String base, String list, int index) {
        return child(child(base, list), index);
    }

    /**
     * Appends an index, then a property name within it: the pointer of a property of an array's item.
     *
     * @param base the pointer of the array, not null
     * @param index the item's index
     * @param name the property name, not null
     * @return the pointer of the property, not null
     */
    public static String child(String base, int index, String name) {
        return child(child(base, index), name);
    }

    /**
     * Appends a property name, an index within it and a property name within that item: the
     * pointer of a property of an item of a list property.
     *
     * @param base the pointer of the object, not null
     * @param list the name of the list property, not null
     * @param index the item's index
     * @param name the item's property name, not null
     * @return the pointer of the item's property, not null
     */
    public static String child(String base, String list, int index, String name) {
        return child(child(child(base, list), index), name);
    }
}
