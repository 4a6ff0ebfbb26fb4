package io.capacity.store.io;

import java.nio.file.Path;

/**
 * Progress of a whole import, for a progress bar: bytes processed over all files and passes so far, out of the
 * total (each file's size once with {@code skipBad}, twice otherwise, since a file is validated before it is
 * written). Called every few thousand lines; a rejected file's skipped write pass is counted as done at once.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (file, done, total) -> {
    };

    void update(Path file, long bytesDone, long bytesTotal);
}
