package dev.jnetlink.rtnl.monitor;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.util.List;
import jnr.enxio.channels.NativeSelectableChannel;
import jnr.enxio.channels.NativeSelectorProvider;

/**
 * A {@link Subscription}'s socket as an NIO selectable channel, so an event loop can wait on
 * it together with other channels. It joins selectors of jnr-enxio's
 * {@link NativeSelectorProvider} (as jnr-unixsocket's channels do): the JDK's own selector only
 * takes the JDK's own channels.
 *
 * <pre>{@code
 * Selector selector = EventChannel.openSelector();
 * EventChannel ch = subscription.channel();
 * ch.register(selector, SelectionKey.OP_READ);
 * while (selector.select() > 0) {
 *     selector.selectedKeys().clear();
 *     for (Event e : ch.poll()) { ... }
 * }
 * }</pre>
 */
public final class EventChannel extends AbstractSelectableChannel implements NativeSelectableChannel {
    private final Subscription subscription;

    EventChannel(Subscription subscription) {
        super(NativeSelectorProvider.getInstance());
        this.subscription = subscription;
        try {
            // Reads never block, so the channel is non-blocking from the start, ready to register.
            configureBlocking(false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @return a new selector that can hold this channel (and jnr-unixsocket channels)
     * @throws IOException if the selector cannot be opened
     */
    public static Selector openSelector() throws IOException {
        return NativeSelectorProvider.getInstance().openSelector();
    }

    /**
     * Reads what has arrived, without blocking.
     *
     * @return the events, possibly none
     */
    public List<Event> poll() {
        return subscription.poll();
    }

    /** @return the subscription this channel reads */
    public Subscription subscription() {
        return subscription;
    }

    @Override
    public int getFD() {
        return subscription.fd();
    }

    @Override
    public int validOps() {
        return SelectionKey.OP_READ;
    }

    @Override
    protected void implCloseSelectableChannel() {
        subscription.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) {
        // Reads never block: poll() takes only what is there.
    }
}
