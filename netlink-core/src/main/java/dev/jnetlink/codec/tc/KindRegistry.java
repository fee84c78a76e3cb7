package dev.jnetlink.codec.tc;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One registry of named codecs found by {@link ServiceLoader}: the library's loader first,
 * then the context loader of a thread that asks for a name not yet known (once per loader),
 * as {@link dev.jnetlink.codec.link.LinkKinds} does for link kinds.
 */
final class KindRegistry<K> {
    private final Class<K> service;
    private final Function<K, String> name;
    private final Map<String, K> kinds = new ConcurrentHashMap<>();
    private final Set<ClassLoader> scanned = Collections.newSetFromMap(new WeakHashMap<>());
    private volatile WeakReference<ClassLoader> lastScanned = new WeakReference<>(null);

    KindRegistry(Class<K> service, Function<K, String> name) {
        this.service = service;
        this.name = name;
        loadFrom(KindRegistry.class.getClassLoader());
    }

    void register(K kind) {
        Objects.requireNonNull(kind, "kind");
        kinds.put(name.apply(kind), kind);
    }

    K unregister(String kind) {
        return kind == null ? null : kinds.remove(kind);
    }

    void loadFrom(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        synchronized (scanned) {
            if (!scanned.add(loader)) {
                return;
            }
        }
        for (K k : ServiceLoader.load(service, loader)) {
            kinds.putIfAbsent(name.apply(k), k);
        }
    }

    K get(String kind) {
        if (kind == null) {
            return null;
        }
        K k = kinds.get(kind);
        if (k != null) {
            return k;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context == null || context == lastScanned.get()) {
            return null;
        }
        loadFrom(context);
        lastScanned = new WeakReference<>(context);
        return kinds.get(kind);
    }
}
