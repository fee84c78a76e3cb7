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
 * objects are keyed and compared, how to list them, and how its events are built.
 *
 * @param name for diagnostics, e.g. {@code "link"}
 * @param groups the multicast groups that carry its events
 * @param newType the {@code RTM_NEW*} type
 * @param delType the {@code RTM_DEL*} type
 * @param dumpType the {@code RTM_GET*} type of its dump
 * @param dumpBody writes the dump request's payload
 * @param decoder decodes a message of either type
 * @param key identifies an object across messages (a link's index, a route's table and prefix)
 * @param sameState true if two values describe the same state (counters ignored)
 * @param creation true if a message, seen without prior state, announces a new object
 * @param event builds the event
 * @param <T> the decoded type
 */
record Family<T>(String name, Set<Group> groups, int newType, int delType, int dumpType,
        Consumer<MessageWriter> dumpBody, Function<MessageCursor, T> decoder, Function<T, Object> key,
        BiPredicate<T, T> sameState, Predicate<MessageCursor> creation, EventFactory<T> event) {

    /**
     * Builds an event.
     *
     * @param <T> the decoded type
     */
    @FunctionalInterface
    interface EventFactory<T> {
        ObjectEvent<T> create(Change change, T value, boolean fromDump);
    }

    boolean handles(int type) {
        return type == newType || type == delType;
    }
}
