package dev.jnetlink.codec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The names of one attribute set ({@code IFLA_*}, {@code NFTA_RULE_*}, ...), the sets nested
 * inside it, and the byte order of its integer values. Used to say which attribute a decode
 * error or a kernel extended ack is about ({@code IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_VLAN_ID}),
 * and by {@link AttributeSetCodec} to read integers in the family's order.
 *
 * <p>Immutable: {@link #withChild} and {@link #withChildChosenBy} return a new space, so the
 * whole table, nesting included, is built once where the constants are declared, before any
 * codec or request uses it. A set nested under two parents in different roles (nftables'
 * {@code NFTA_LIST_ELEM} holds expressions in a rule and elements in a set) is two spaces built
 * from one.
 */
public final class AttributeSpace {
    private final String prefix;
    private final String[] names;
    private final ByteOrder valueOrder;
    private final AttributeSpace[] children;
    private final SelectedBy[] selections;

    private record SelectedBy(int selector, int selected, Function<String, AttributeSpace> resolver) {
    }

    private AttributeSpace(String prefix, String[] names, ByteOrder valueOrder,
            AttributeSpace[] children, SelectedBy[] selections) {
        this.prefix = prefix;
        this.names = names;
        this.valueOrder = valueOrder;
        this.children = children;
        this.selections = selections;
    }

    /**
     * Builds a space of host-order values (rtnetlink's) from the {@code public static final int}
     * constants of a class: a field {@code IFNAME = 3} in a class named with prefix
     * {@code "IFLA"} names type 3 {@code IFLA_IFNAME}. Where two constants share a value the
     * first declared wins, so declare the canonical name before its aliases.
     *
     * @param prefix the C prefix without the trailing underscore, e.g. {@code "IFLA"}
     * @param constants the class holding the constants
     * @return the space
     */
    public static AttributeSpace of(String prefix, Class<?> constants) {
        return of(prefix, constants, ByteOrder.nativeOrder());
    }

    /**
     * Builds a space from the constants of a class, with integer values in a given order:
     * {@link ByteOrder#BIG_ENDIAN} for nfnetlink, whose attribute values are all network order.
     *
     * @param prefix the C prefix without the trailing underscore, e.g. {@code "NFTA_RULE"}
     * @param constants the class holding the constants
     * @param valueOrder the byte order of the set's integer values
     * @return the space
     */
    public static AttributeSpace of(String prefix, Class<?> constants, ByteOrder valueOrder) {
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
                // a constant whose C name starts with a digit is spelled with a leading '_'
                names[value] = prefix + (f.getName().startsWith("_") ? "" : "_") + f.getName();
            }
        }
        return new AttributeSpace(prefix, names, Objects.requireNonNull(valueOrder, "valueOrder"),
                new AttributeSpace[0], new SelectedBy[0]);
    }

    /**
     * @param prefix the prefix unnamed types are shown with ({@code PREFIX_<number>})
     * @return a space that knows no names, for payloads of unknown layout
     */
    public static AttributeSpace unnamed(String prefix) {
        return new AttributeSpace(prefix, new String[0], ByteOrder.nativeOrder(),
                new AttributeSpace[0], new SelectedBy[0]);
    }

    /**
     * This space, with attributes of {@code type} holding attributes of {@code child}.
     *
     * @param type an attribute type of this space
     * @param child the space of its payload
     * @return a new space
     */
    public AttributeSpace withChild(int type, AttributeSpace child) {
        Objects.requireNonNull(child, "child");
        int t = type & Nla.TYPE_MASK;
        AttributeSpace[] c = Arrays.copyOf(children, Math.max(children.length, t + 1));
        c[t] = child;
        return new AttributeSpace(prefix, names, valueOrder, c, selections);
    }

    /**
     * This space, with a nested attribute whose space depends on a sibling string attribute,
     * as {@code IFLA_INFO_DATA} depends on {@code IFLA_INFO_KIND} and {@code NFTA_EXPR_DATA} on
     * {@code NFTA_EXPR_NAME}.
     *
     * @param selector the type of the sibling string (e.g. {@code IFLA_INFO_KIND})
     * @param selected the type whose space it chooses (e.g. {@code IFLA_INFO_DATA})
     * @param resolver maps the sibling's value to the space, or to null if unknown; it must
     *     always give the same answer for the same value (a registry lookup, say)
     * @return a new space
     */
    public AttributeSpace withChildChosenBy(int selector, int selected,
            Function<String, AttributeSpace> resolver) {
        Objects.requireNonNull(resolver, "resolver");
        SelectedBy[] s = Arrays.copyOf(selections, selections.length + 1);
        s[s.length - 1] = new SelectedBy(selector & Nla.TYPE_MASK, selected & Nla.TYPE_MASK, resolver);
        return new AttributeSpace(prefix, names, valueOrder, children, s);
    }

    /** @return the prefix, e.g. {@code IFLA} */
    public String prefix() {
        return prefix;
    }

    /**
     * @return the byte order of this set's integer values: the host's for rtnetlink, big-endian
     *     for nfnetlink
     */
    public ByteOrder valueOrder() {
        return valueOrder;
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
    public AttributeSpace child(int type, IntFunction<String> selectorValues) {
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
