package dev.jnetlink.rtnl.monitor;

import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of object a subscription follows: its message types, how its messages decode, how
 * objects are keyed and compared, how to list them, and how its events are built. Core
 * describes rtnetlink's ({@code Families}); another netlink protocol describes its own and
 * subscribes through {@link Monitor#subscription} (nftables' tables, chains, rules and sets).
 *
 * @param name for diagnostics, e.g. {@code "link"}
 * @param addressFamily the first byte of its messages' fixed header ({@code AF_INET}, ...), or
 *     -1 for any
 * @param groups the numbers of the multicast groups that carry its events
 * @param newType the type that announces an object ({@code RTM_NEWLINK})
 * @param delType the type that announces its deletion ({@code RTM_DELLINK})
 * @param dumpType the type of its dump request ({@code RTM_GETLINK})
 * @param dumpBody writes the dump request's payload
 * @param decoder decodes a message of either type
 * @param key identifies an object across messages (a link's index, a route's table and prefix)
 * @param sameState true if two values describe the same state (counters ignored)
 * @param creation true if a message, seen without prior state, announces a new object
 * @param event builds the event
 * @param <T> the decoded type
 */
public record Family<T>(String name, int addressFamily, Set<Integer> groups, int newType, int delType, int dumpType,
        Consumer<MessageWriter> dumpBody, Function<MessageCursor, T> decoder, Function<T, Object> key,
        BiPredicate<T, T> sameState, Predicate<MessageCursor> creation, EventFactory<T> event) {

    /**
     * Builds an event.
     *
     * @param <T> the decoded type
     */
    @FunctionalInterface
    public interface EventFactory<T> {
        /**
         * @param change what happened
         * @param value the object
         * @param fromDump true if it came from a listing
         * @return the event
         */
        ObjectEvent<T> create(Change change, T value, boolean fromDump);
    }

    boolean handles(MessageCursor m) {
        int type = m.type();
        return (type == newType || type == delType)
                && (addressFamily < 0 || (m.payloadLength() > 0
                        && m.buffer().getUnsignedByte(m.payloadOffset()) == addressFamily));
    }
}
