/**
 * The library's own plumbing, not API: libc through jnr-ffi ({@code Native}, {@code Syscalls}),
 * native addresses of buffers, owned buffers. The module {@code dev.jnetlink.core} does not
 * export this package; on the class path its classes are public only so that the library's own
 * packages can share them. Applications use {@code NetNs}, {@code Rtnl} and {@code NetlinkSocket}.
 */
package dev.jnetlink.internal;
