/**
 * Netlink sockets over jnr-ffi and the request/response discipline: sequence numbers, acks,
 * dumps, batches, extended-ack errors. Knows syscalls and the protocol, not what a link is.
 */
package dev.jnetlink.socket;
