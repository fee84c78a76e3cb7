package dev.jnetlink.netns;

/**
 * The identity of a network namespace: the device and inode of its nsfs file. Two handles
 * refer to the same namespace exactly when their ids are equal (what {@code ip netns identify}
 * compares).
 *
 * @param device {@code st_dev}
 * @param inode {@code st_ino}, the number {@code readlink /proc/PID/ns/net} shows
 */
public record NetNsId(long device, long inode) {
    @Override
    public String toString() {
        return "net:[" + inode + "]";
    }
}
