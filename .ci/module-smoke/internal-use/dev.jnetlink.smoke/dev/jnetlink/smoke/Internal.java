package dev.jnetlink.smoke;

// Must not compile: dev.jnetlink.internal is not exported (.ci/module-path-smoke checks).
final class Internal {
    static void use() {
        dev.jnetlink.internal.Syscalls.close(-1);
    }
}
