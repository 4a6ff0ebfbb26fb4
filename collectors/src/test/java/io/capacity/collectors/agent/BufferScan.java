package io.capacity.collectors.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a disk buffer directory holds, read straight from its files as a crash left them (not through the buffer's
 * own recovery, which is what the crash tests check): the whole {@link SequenceSource} lines of one run, how many
 * of them lie past the saved cursor, and the segments that end in a torn (newline-less) tail.
 *
 * @param whole      whole lines of the run in all segments
 * @param seqs       their sequence numbers
 * @param pending    those of them at or past the saved cursor (not yet acknowledged when the process died)
 * @param tornFiles  segments whose last bytes are not a whole line
 * @param lastLine   the run's last whole line, null when there is none
 * @param lastFile   the newest segment file, null when there is none
 */
record BufferScan(long whole, BitSet seqs, long pending, int tornFiles, String lastLine, Path lastFile) {
    private static final Pattern SEGMENT = Pattern.compile("\\d{20}\\.lp");
    private static final Pattern VALUE = Pattern.compile(" v=(\\d+)i ");

    BufferScan {
        seqs = (BitSet) seqs.clone();
    }

    @Override
    public BitSet seqs() {
        return (BitSet) seqs.clone();
    }

    static BufferScan of(Path dir, String run) throws IOException {
        Path cursorFile = dir.resolve("cursor");
        long cursor = Files.exists(cursorFile) ? Long.parseLong(Files.readString(cursorFile).trim()) : 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> SEGMENT.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
        String prefix = SequenceSource.MEASUREMENT + ",run=" + run + ",";
        long whole = 0;
        BitSet seqs = new BitSet();
        long pending = 0;
        int torn = 0;
        String last = null;
        for (Path f : files) {
            long start = Long.parseLong(f.getFileName().toString().substring(0, 20));
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            if (end < text.length()) {
                torn++;
            }
            int at = 0;
            for (String line : text.substring(0, end).split("\n", -1)) {
                if (line.startsWith(prefix)) {
                    Matcher m = VALUE.matcher(line);
                    if (!m.find()) {
                        throw new IllegalStateException("not a sequence line in " + f + ": " + line);
                    }
                    whole++;
                    seqs.set(Integer.parseInt(m.group(1)));
                    pending += start + at >= cursor ? 1 : 0;
                    last = line;
                }
                at += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return new BufferScan(whole, seqs, pending, torn, last, files.isEmpty() ? null : files.get(files.size() - 1));
    }

    /**
     * Leaves a torn tail on the newest segment as a crash part way through a write does (a power cut; kill -9
     * seldom tears a write, which the kernel finishes): the run's last line again, cut in its timestamp, so that
     * were it sent it would land as an extra point. Does nothing when a segment is torn already.
     */
    BufferScan tear() throws IOException {
        if (tornFiles > 0 || lastLine == null) {
            return this;
        }
        String fragment = lastLine.substring(0, lastLine.length() - 6);
        Files.writeString(lastFile, fragment, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new BufferScan(whole, seqs, pending, 1, lastLine, lastFile);
    }
}
