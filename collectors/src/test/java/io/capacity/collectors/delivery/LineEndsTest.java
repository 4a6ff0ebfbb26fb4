package io.capacity.collectors.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineEndsTest {
    @Test
    void agreesWithAByteByByteScan() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] a = new byte[random.nextInt(200)];
            for (int i = 0; i < a.length; i++) {
                // newlines, bytes one off from '\n', zero bytes and high bytes: the cases a word-wise test can get wrong
                int pick = random.nextInt(8);
                a[i] = (byte) (pick == 0 ? '\n' : pick == 1 ? 0x0B : pick == 2 ? 0x09 : pick == 3 ? 0 : pick == 4
                        ? 0x8A : random.nextInt(256));
            }
            int length = a.length == 0 ? 0 : random.nextInt(a.length + 1);
            int max = 1 + random.nextInt(40);
            ByteBuffer buf = round % 2 == 0 ? ByteBuffer.wrap(a) : ByteBuffer.allocateDirect(a.length).put(a);
            assertEquals(naive(a, length, max), LineEnds.scan(buf, length, max), "round " + round);
        }
    }

    private static LineEnds naive(byte[] a, int length, int max) {
        int count = 0;
        int end = 0;
        for (int i = 0; i < length && count < max; i++) {
            if (a[i] == '\n') {
                count++;
                end = i + 1;
            }
        }
        return new LineEnds(end, count);
    }
}
