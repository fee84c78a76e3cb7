package dev.jnetlink.codec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The names of one attribute set ({@code IFLA_*}, {@code IFA_*}, ...) and the sets nested
 * inside it. Used to say which attribute a decode error or a kernel extended ack is about
 * ({@code IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_VLAN_ID}).
 *
 * <p>A space is configured once, while its constants class initialises, and is read-only
 * afterwards.
 */
public final class AttributeSpace {
    private final String prefix;
    private final String[] names;
    private AttributeSpace[] children = new AttributeSpace[0];
    private SelectedBy[] selections = new SelectedBy[0];

    private record SelectedBy(int selector, int selected, Function<String, AttributeSpace> resolver) {
    }

    private AttributeSpace(String prefix, String[] names) {
        this.prefix = prefix;
        this.names = names;
    }

    /**
     * Builds a space from the {@code public static final int} constants of a class: a field
     * {@code IFNAME = 3} in a class named with prefix {@code "IFLA"} names type 3
     * {@code IFLA_IFNAME}. Where two constants share a value the first declared wins, so
     * declare the canonical name before its aliases.
     *
     * @param prefix the C prefix without the trailing underscore, e.g. {@code "IFLA"}
     * @param constants the class holding the constants
     * @return the space
     */
    public static AttributeSpace of(String prefix, Class<?> constants) {
        String[] names = new String[0];
        for (Field f : constants.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() != int.class || !Modifier.isStatic(m) || !Modifier.isFinal(m)
                    || !Modifier.isPublic(m)) {
                continue;
            }
            int value;
            try {
                value = f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (value < 0 || value > Nla.TYPE_MASK) {
                continue;
            }
            if (value >= names.length) {
                names = Arrays.copyOf(names, value + 1);
            }
            if (names[value] == null) {
                names[value] = prefix + "_" + f.getName();
            }
        }
        return new AttributeSpace(prefix, names);
    }

    /**
     * @param prefix the prefix unnamed types are shown with ({@code PREFIX_<number>})
     * @return a space that knows no names, for payloads of unknown layout
     */
    public static AttributeSpace unnamed(String prefix) {
        return new AttributeSpace(prefix, new String[0]);
    }

    /**
     * Declares that attributes of {@code type} hold attributes of {@code child}.
     *
     * @param type an attribute type of this space
     * @param child the space of its payload
     * @return this space
     */
    public AttributeSpace nest(int type, AttributeSpace child) {
        Objects.requireNonNull(child, "child");
        if (type >= children.length) {
            children = Arrays.copyOf(children, type + 1);
        }
        children[type] = child;
        return this;
    }

    /**
     * Declares a nested attribute whose space depends on a sibling string attribute, as
     * {@code IFLA_INFO_DATA} depends on {@code IFLA_INFO_KIND}.
     *
     * @param selector the type of the sibling string (e.g. {@code IFLA_INFO_KIND})
     * @param selected the type whose space it chooses (e.g. {@code IFLA_INFO_DATA})
     * @param resolver maps the sibling's value to the space, or to null if unknown
     * @return this space
     */
    public AttributeSpace nestBy(int selector, int selected,
            Function<String, AttributeSpace> resolver) {
        Objects.requireNonNull(resolver, "resolver");
        selections = Arrays.copyOf(selections, selections.length + 1);
        selections[selections.length - 1] = new SelectedBy(selector, selected, resolver);
        return this;
    }

    /** @return the prefix, e.g. {@code IFLA} */
    public String prefix() {
        return prefix;
    }

    /**
     * @param type an attribute type, flag bits allowed
     * @return its C name, or {@code PREFIX_<number>} when unknown
     */
    public String name(int type) {
        int t = type & Nla.TYPE_MASK;
        String n = t < names.length ? names[t] : null;
        return n != null ? n : prefix + "_" + t;
    }

    /**
     * @param type an attribute type, flag bits allowed
     * @return the space of its payload, or null if it is not known to be nested
     */
    public AttributeSpace child(int type) {
        int t = type & Nla.TYPE_MASK;
        return t < children.length ? children[t] : null;
    }

    /**
     * @param type an attribute type
     * @return true if some nested attribute's space is chosen by this attribute's value
     */
    public boolean isSelector(int type) {
        int t = type & Nla.TYPE_MASK;
        for (SelectedBy s : selections) {
            if (s.selector == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param type a nested attribute's type
     * @param selectorValues maps selector types to the values seen in the same nest
     * @return its space given its siblings, or null if unknown
     */
    public AttributeSpace child(int type, java.util.function.IntFunction<String> selectorValues) {
        int t = type & Nla.TYPE_MASK;
        for (SelectedBy s : selections) {
            if (s.selected == t) {
                String v = selectorValues.apply(s.selector);
                return v == null ? null : s.resolver.apply(v);
            }
        }
        return child(t);
    }

    @Override
    public String toString() {
        return prefix;
    }
}
