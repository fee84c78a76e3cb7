/**
 * The jnr-ffi binding of libc, not API. Exported by {@code dev.jnetlink.core} only because
 * jnr-ffi implements {@link dev.jnetlink.internal.ffi.LibC} in a class loader of its own (an
 * unnamed module), which must be able to see the interface; left out of the javadoc.
 */
package dev.jnetlink.internal.ffi;
