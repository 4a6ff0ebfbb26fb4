package io.capacity.collectors.delivery;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Where the first lines of a read end. The sender looks for the end of every batch in bytes it just read; a
 * byte-at-a-time loop over them was the largest part of the sender's own CPU in scripts/bench-collect.sh, so this
 * tests eight bytes per step for a '\n'.
 *
 * @param end   offset just past the last '\n' counted, 0 when there is none
 * @param count lines counted, at most the maximum asked for
 */
record LineEnds(int end, int count) {
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /**
     * The first {@code maxLines} whole lines of {@code buf[0, length)}, or all whole lines there if fewer. Sets the
     * buffer's byte order to little-endian, which the positions below assume.
     */
    static LineEnds scan(ByteBuffer buf, int length, int maxLines) {
        buf.order(ByteOrder.LITTLE_ENDIAN);
        int count = 0;
        int end = 0;
        int i = 0;
        for (; i + 8 <= length && count < maxLines; i += 8) {
            long marks = zeroBytes(buf.getLong(i) ^ NEWLINES);
            if (marks == 0) {
                continue;
            }
            int inWord = Long.bitCount(marks);
            if (count + inWord >= maxLines) {
                for (; count < maxLines; marks &= marks - 1) {
                    count++;
                    end = i + (Long.numberOfTrailingZeros(marks) >>> 3) + 1;
                }
                return new LineEnds(end, count);
            }
            count += inWord;
            end = i + ((63 - Long.numberOfLeadingZeros(marks)) >>> 3) + 1;
        }
        for (; i < length && count < maxLines; i++) {
            if (buf.get(i) == '\n') {
                count++;
                end = i + 1;
            }
        }
        return new LineEnds(end, count);
    }

    // The high bit of each byte that is zero, and only of those: adding 0x7F to the low seven bits never carries
    // into the next byte, unlike the shorter (x - 0x01..) & ~x form, which can also mark a byte above a zero one.
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
