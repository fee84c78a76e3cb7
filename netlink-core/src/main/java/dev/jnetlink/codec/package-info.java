/**
 * The netlink wire model: message and attribute framing, fixed headers, and the attribute-set
 * codecs that turn kernel messages into immutable records and back. Pure: no I/O, no syscalls;
 * all of it is testable without root.
 */
package dev.jnetlink.codec;
