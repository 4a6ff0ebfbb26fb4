package io.capacity.store.io;

import io.capacity.schema.Point;

/** Receives what a {@link PointReader} finds, in file order: good points and bad rows. */
public interface ReadSink {
    void point(Point point);

    void bad(BadRow row);

    /** Called every few thousand lines and at the end with the bytes consumed so far (compressed bytes for .gz). */
    default void progress(long bytesRead) {
    }
}
