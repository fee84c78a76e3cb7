package dev.jnetlink.rtnl.link;

import dev.jnetlink.rtnl.InterfaceNames;

/**
 * A link a spec refers to in the namespace the request runs in (a parent, a master, a VXLAN
 * underlay device), by name or by index, with the role it plays for error messages.
 * {@link dev.jnetlink.rtnl.Links#add(LinkSpec)} looks each one up before it sends anything, so
 * a missing or unsuitable parent fails before the link is created.
 *
 * @param role what the link is for the spec, e.g. {@code parent}, {@code master}
 * @param name the link's name, or null when given by index
 * @param index the link's index, or 0 when given by name
 */
public record LinkRef(String role, String name, int index) {
    /**
     * @param role the role
     * @param name the name, or null
     * @param index the index, or 0
     */
    public LinkRef {
        if ((name == null) == (index == 0)) {
            throw new IllegalArgumentException(role + " is given by name or by index, not both"
                    + " or neither");
        }
        if (name != null) {
            InterfaceNames.validate(name);
        } else if (index < 0) {
            throw new IllegalArgumentException(role + " index must be positive, got " + index);
        }
    }

    /**
     * @param role the role
     * @param name the link's name
     * @return a reference by name
     */
    public static LinkRef named(String role, String name) {
        if (name == null) {
            throw new IllegalArgumentException(role + " name must not be null");
        }
        return new LinkRef(role, name, 0);
    }

    /**
     * @param role the role
     * @param index the link's index, positive
     * @return a reference by index
     */
    public static LinkRef indexed(String role, int index) {
        if (index <= 0) {
            throw new IllegalArgumentException(role + " index must be positive, got " + index);
        }
        return new LinkRef(role, null, index);
    }

    /** @return true if given by name */
    public boolean byName() {
        return name != null;
    }

    /**
     * @param ctx resolves names
     * @return the index: as given, or the name's index from {@code ctx}
     */
    public int resolve(SpecContext ctx) {
        return name != null ? ctx.indexOf(name) : index;
    }

    @Override
    public String toString() {
        return name != null ? name : "index " + index;
    }
}
