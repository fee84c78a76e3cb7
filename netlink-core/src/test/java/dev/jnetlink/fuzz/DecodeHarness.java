package dev.jnetlink.fuzz;

import dev.jnetlink.codec.AttributeCursor;
import dev.jnetlink.codec.AttributeSpace;
import dev.jnetlink.codec.DecodeException;
import dev.jnetlink.codec.ErrorReply;
import dev.jnetlink.codec.HostOrder;
import dev.jnetlink.codec.MessageCursor;
import dev.jnetlink.codec.MessageWriter;
import dev.jnetlink.codec.NlMsg;
import dev.jnetlink.codec.Nla;
import dev.jnetlink.codec.Rtm;
import dev.jnetlink.codec.ValueCodec;
import dev.jnetlink.codec.addr.AddressCodec;
import dev.jnetlink.codec.link.LinkCodec;
import dev.jnetlink.codec.neigh.NeighbourCodec;
import dev.jnetlink.codec.nsid.NsIdCodec;
import dev.jnetlink.codec.nexthop.NextHopObjectCodec;
import dev.jnetlink.codec.route.RouteCodec;
import dev.jnetlink.codec.rule.RuleCodec;
import dev.jnetlink.codec.tc.TcCodec;
import dev.jnetlink.codec.tc.TcObject;
import dev.jnetlink.testing.ControlMessages;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Objects;

/**
 * The properties every decode entry point must have, checked on any input (fuzzed, golden or
 * truncated):
 * <ol>
 *   <li>the only exception that escapes a decoder is {@link DecodeException};</li>
 *   <li>a value that decoded re-encodes to bytes that decode again, to an equal value.</li>
 * </ol>
 * A violation is thrown as an {@link AssertionError} (or is the unexpected exception itself),
 * which Jazzer reports as a finding and JUnit as a failure. The third property, that no input
 * takes over a second, is checked while fuzzing by {@link #withinCpuLimit}.
 *
 * <h2>Adding a message family</h2>
 * One line in {@link #FAMILIES}: the message types it decodes, its decoder and its encoder,
 * e.g. {@code Family.payload("address", AddressCodec::decode, AddressCodec::encode,
 * Rtm.NEWADDR, Rtm.DELADDR)}. The receive-buffer target then dispatches those types to it;
 * for a target of its own, add a {@code @FuzzTest} to {@code DecoderFuzzTest} that calls
 * {@link #message(Family, byte[])} (and {@link #attribute} for its nested sets), and seeds in
 * {@code src/test/resources/dev/jnetlink/fuzz/DecoderFuzzTestInputs/METHOD/} (see
 * {@code SeedCorpus}).
 *
 * <p>Not thread-safe: fuzzing is single-threaded.
 */
public final class DecodeHarness {
    private static final long CPU_LIMIT_NANOS =
            Long.getLong("jnetlink.fuzz.cpuLimitMillis", 0) * 1_000_000;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private DecodeHarness() {
    }

    /**
     * Runs one input, and when {@code -Djnetlink.fuzz.cpuLimitMillis} is set (the {@code fuzz}
     * profile sets 1000), fails it if it used more CPU time than that. CPU time of the fuzzing
     * thread, not wall-clock time: on a shared machine a descheduled fuzzer is not a slow
     * decoder. libFuzzer's own wall-clock {@code -timeout} still catches a hang.
     *
     * @param input the input's run
     */
    public static void withinCpuLimit(Runnable input) {
        if (CPU_LIMIT_NANOS <= 0) {
            input.run();
            return;
        }
        long start = THREADS.getCurrentThreadCpuTime();
        input.run();
        long used = THREADS.getCurrentThreadCpuTime() - start;
        if (used > CPU_LIMIT_NANOS) {
            throw new AssertionError("one input took " + used / 1_000_000 + " ms of CPU time");
        }
    }

    /**
     * Writes a whole message (header included) back from a decoded value.
     *
     * @param <T> the decoded type
     */
    @FunctionalInterface
    public interface Encoder<T> {
        /**
         * @param w the writer, positioned where the message starts
         * @param original the header the value was decoded from (type, flags, seq, pid)
         * @param value the value
         */
        void write(MessageWriter w, Header original, T value);
    }

    /**
     * Decodes the message under the cursor.
     *
     * @param <T> the decoded type
     */
    @FunctionalInterface
    public interface Decoder<T> {
        /**
         * @param m positioned on a message of one of the family's types
         * @return the value
         */
        T decode(MessageCursor m);
    }

    /**
     * The header fields of a decoded message, for encoders that copy them.
     *
     * @param type {@code nlmsg_type}
     * @param flags {@code nlmsg_flags}
     * @param seq {@code nlmsg_seq}
     * @param pid {@code nlmsg_pid}
     */
    public record Header(int type, int flags, int seq, int pid) {
    }

    /**
     * One message family: which types it decodes and how to write a value back.
     *
     * @param name for messages, e.g. {@code link}
     * @param types the {@code nlmsg_type}s it handles; the first is used by {@link #message}
     * @param decoder decodes one message
     * @param encoder writes one message
     * @param <T> the decoded type
     */
    public record Family<T>(String name, List<Integer> types, Decoder<T> decoder,
            Encoder<T> encoder) {
        /**
         * A family whose codec writes only the payload (fixed header and attributes): the
         * netlink header is copied from the decoded message.
         *
         * @param name the family's name
         * @param decoder decodes a message
         * @param payload writes a payload after the netlink header
         * @param types the message types
         * @param <T> the decoded type
         * @return the family
         */
        public static <T> Family<T> payload(String name, Decoder<T> decoder,
                java.util.function.BiConsumer<MessageWriter, T> payload, Integer... types) {
            return new Family<>(name, List.of(types), decoder, (w, h, v) -> {
                int m = w.beginMessage(h.type(), h.flags(), h.seq(), h.pid());
                payload.accept(w, v);
                w.endMessage(m);
            });
        }
    }

    /** Link messages: {@code ifinfomsg} and {@code IFLA_*}. */
    public static final Family<?> LINK = Family.payload("link", LinkCodec::decode,
            LinkCodec::encode, Rtm.NEWLINK, Rtm.DELLINK);
    /** {@code NLMSG_ERROR}: acks and refusals, with extended-ack attributes. */
    public static final Family<ErrorReply> ERROR = new Family<>("error",
            List.of(NlMsg.ERROR), ErrorReply::decode, (w, h, v) -> ControlMessages.error(w, h.seq(), v));
    /** {@code NLMSG_DONE}: the end of a dump, with its result. */
    public static final Family<ErrorReply> DONE = new Family<>("done",
            List.of(NlMsg.DONE), ErrorReply::decodeDone, (w, h, v) -> ControlMessages.done(w, v));

    /** Namespace ids: {@code rtgenmsg} and {@code NETNSA_*}. */
    public static final Family<?> NSID = Family.payload("nsid", NsIdCodec::decode,
            NsIdCodec::encode, Rtm.NEWNSID, Rtm.DELNSID);

    /** Addresses: {@code ifaddrmsg} and {@code IFA_*}. */
    public static final Family<?> ADDRESS = Family.payload("address", AddressCodec::decode,
            AddressCodec::encode, Rtm.NEWADDR, Rtm.DELADDR);
    /** Routes: {@code rtmsg} and {@code RTA_*}, multipath next hops included. */
    public static final Family<?> ROUTE = Family.payload("route", RouteCodec::decode,
            RouteCodec::encode, Rtm.NEWROUTE, Rtm.DELROUTE);
    /** Neighbours: {@code ndmsg} and {@code NDA_*}. */
    public static final Family<?> NEIGHBOUR = Family.payload("neighbour", NeighbourCodec::decode,
            NeighbourCodec::encode, Rtm.NEWNEIGH, Rtm.DELNEIGH);
    /** Policy rules: {@code fib_rule_hdr} and {@code FRA_*}. */
    public static final Family<?> RULE = Family.payload("rule", RuleCodec::decode,
            RuleCodec::encode, Rtm.NEWRULE, Rtm.DELRULE);

    /** Qdiscs: {@code tcmsg} and {@code TCA_*}, options by the qdisc kind. */
    public static final Family<?> QDISC = tc("qdisc", Rtm.NEWQDISC, Rtm.DELQDISC);
    /** Traffic classes: {@code tcmsg} and {@code TCA_*}, options by the qdisc kind's class codec. */
    public static final Family<?> TC_CLASS = tc("class", Rtm.NEWTCLASS, Rtm.DELTCLASS);
    /** Filters: {@code tcmsg} and {@code TCA_*}, options by the classifier, actions by kind. */
    public static final Family<?> FILTER = tc("filter", Rtm.NEWTFILTER, Rtm.DELTFILTER);

    private static Family<TcObject> tc(String name, Integer... types) {
        return new Family<>(name, List.of(types), TcCodec::decode, (w, h, v) -> {
            int m = w.beginMessage(h.type(), h.flags(), h.seq(), h.pid());
            TcCodec.encode(w, h.type(), v);
            w.endMessage(m);
        });
    }

    /** Nexthop objects: {@code nhmsg} and {@code NHA_*}, group members and resilient groups. */
    public static final Family<?> NEXTHOP = Family.payload("nexthop", NextHopObjectCodec::decode,
            NextHopObjectCodec::encode, Rtm.NEWNEXTHOP, Rtm.DELNEXTHOP);

    /**
     * Every family of netlink-core the receive-buffer target dispatches to (the bridge
     * module's AF_BRIDGE families have targets of their own there).
     */
    public static final List<Family<?>> FAMILIES =
            List.of(LINK, ADDRESS, ROUTE, NEIGHBOUR, RULE, NSID, QDISC, TC_CLASS, FILTER, NEXTHOP, ERROR, DONE);

    private static Family<?> familyOf(List<Family<?>> families, int type) {
        for (Family<?> f : families) {
            if (f.types().contains(type)) {
                return f;
            }
        }
        return null;
    }

    /**
     * A whole receive buffer, as one {@code recvmsg} returns it: every message is framed by
     * {@link MessageCursor} and handed to its family.
     *
     * @param data the datagram
     */
    public static void receiveBuffer(byte[] data) {
        receiveBuffer(FAMILIES, data);
    }

    /**
     * A whole receive buffer whose messages go to the given families.
     *
     * @param families where each message type goes; other types are framed only
     * @param data the datagram
     */
    public static void receiveBuffer(List<Family<?>> families, byte[] data) {
        ByteBuf in = Unpooled.wrappedBuffer(data);
        try {
            MessageCursor c = new MessageCursor().reset(in);
            while (true) {
                try {
                    if (!c.next()) {
                        return;
                    }
                } catch (DecodeException expected) {
                    return;
                }
                Family<?> f = familyOf(families, c.type());
                if (f != null) {
                    roundTrip(f, c);
                }
            }
        } finally {
            in.release();
        }
    }

    /**
     * One message of a family: the input is a netlink message whose type is forced to the
     * family's first type and whose {@code nlmsg_len} is forced to the input's length, so the
     * fuzzer spends its time in the payload rather than in framing (which
     * {@link #receiveBuffer} covers).
     *
     * @param family the family
     * @param data a netlink message
     */
    public static void message(Family<?> family, byte[] data) {
        if (data.length < NlMsg.HEADER_LENGTH) {
            receiveBuffer(data);
            return;
        }
        ByteBuf in = Unpooled.wrappedBuffer(data.clone());
        try {
            HostOrder.setI32(in, 0, data.length);
            HostOrder.setU16(in, 4, family.types().get(0));
            MessageCursor c = new MessageCursor().reset(in);
            if (!c.next()) {
                throw new AssertionError("a framed message of " + data.length + " bytes was not seen");
            }
            roundTrip(family, c);
        } finally {
            in.release();
        }
    }

    /**
     * One attribute whose payload is the input, decoded by a value codec (a nested set such as
     * {@code IFLA_LINKINFO}), re-encoded and decoded again.
     *
     * @param codec the attribute's codec
     * @param space the space the attribute belongs to
     * @param type the attribute's type
     * @param payload its payload
     * @param <T> the value type
     */
    public static <T> void attribute(ValueCodec<T> codec, AttributeSpace space, int type,
            byte[] payload) {
        if (payload.length > Nla.MAX_LENGTH - Nla.HEADER_LENGTH) {
            return;
        }
        ByteBuf in = Unpooled.buffer(payload.length + 8);
        ByteBuf out = Unpooled.buffer();
        try {
            new MessageWriter(in).putBytes(type, payload);
            T first;
            try {
                first = decodeAttribute(codec, space, in);
            } catch (DecodeException expected) {
                return;
            }
            try {
                codec.encode(new MessageWriter(out), type, first);
            } catch (RuntimeException e) {
                throw new AssertionError("decoded " + first + " but could not encode it back", e);
            }
            T second;
            try {
                second = decodeAttribute(codec, space, out);
            } catch (RuntimeException e) {
                throw new AssertionError("decoded " + first + "; its encoding "
                        + ByteBufUtil.hexDump(out) + " does not decode", e);
            }
            requireEqual(first, second, out);
        } finally {
            in.release();
            out.release();
        }
    }

    private static <T> T decodeAttribute(ValueCodec<T> codec, AttributeSpace space, ByteBuf in) {
        AttributeCursor a = new AttributeCursor().reset(in, 0, in.writerIndex(), space, 0,
                "attribute");
        if (!a.next()) {
            throw new AssertionError("the attribute written was not seen");
        }
        return codec.decode(a);
    }

    @SuppressWarnings("unchecked")
    private static <T> void roundTrip(Family<T> family, MessageCursor c) {
        Header h = new Header(c.type(), c.flags(), c.seq(), c.pid());
        T first;
        try {
            first = family.decoder().decode(c);
        } catch (DecodeException expected) {
            return;
        }
        ByteBuf out = Unpooled.buffer();
        try {
            try {
                family.encoder().write(new MessageWriter(out), h, first);
            } catch (RuntimeException e) {
                throw new AssertionError(family.name() + ": decoded " + first
                        + " but could not encode it back", e);
            }
            T second;
            try {
                MessageCursor again = new MessageCursor().reset(out);
                if (!again.next()) {
                    throw new AssertionError(family.name() + ": encoder wrote nothing");
                }
                second = family.decoder().decode(again);
                if (again.next()) {
                    throw new AssertionError(family.name() + ": encoder wrote two messages");
                }
            } catch (RuntimeException e) {
                throw new AssertionError(family.name() + ": decoded " + first + "; its encoding "
                        + ByteBufUtil.hexDump(out) + " does not decode", e);
            }
            requireEqual(first, second, out);
        } finally {
            out.release();
        }
    }

    private static void requireEqual(Object first, Object second, ByteBuf encoding) {
        if (!Objects.equals(first, second)) {
            throw new AssertionError("re-encoding changed the value:\n  decoded    " + first
                    + "\n  re-decoded " + second + "\n  from " + ByteBufUtil.hexDump(encoding));
        }
    }
}
