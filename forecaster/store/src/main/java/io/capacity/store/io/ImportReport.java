package io.capacity.store.io;

import java.util.List;

/** Results of an import, one per file in the order given. */
public record ImportReport(List<FileResult> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public boolean ok() {
        return files.stream().allMatch(FileResult::ok);
    }

    public long pointsWritten() {
        return files.stream().mapToLong(FileResult::pointsWritten).sum();
    }

    public long badRows() {
        return files.stream().mapToLong(FileResult::badRows).sum();
    }
}
