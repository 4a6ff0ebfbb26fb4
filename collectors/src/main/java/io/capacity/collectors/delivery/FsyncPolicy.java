package io.capacity.collectors.delivery;

/**
 * When the disk buffer forces appended data to the device. Data written but not yet forced survives a process
 * crash or restart (it is in the OS page cache) and is lost only if the machine itself loses power.
 */
public enum FsyncPolicy {
    /** Force after every append: safest, one device flush per collected batch. */
    ALWAYS,
    /**
     * Force at most once per configured interval (the default; bounds loss on power failure to that window). The
     * acknowledged cursor is also saved at most once per interval (and on close), so a crash may replay up to one
     * interval of delivered batches, which the store absorbs as overwrites.
     */
    INTERVAL,
    /** Leave it to the OS. */
    NEVER
}
