package io.capacity.collectors.delivery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * How the buffer opens the files it writes: {@link FileChannel#open} in production; a test that cannot mount a
 * small filesystem passes one whose channels refuse writes past a size, as a full disk does.
 */
@FunctionalInterface
interface FileOpener {
    FileOpener DEFAULT = FileChannel::open;

    FileChannel open(Path path, OpenOption... options) throws IOException;
}
