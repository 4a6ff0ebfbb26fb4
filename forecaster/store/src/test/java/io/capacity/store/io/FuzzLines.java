package io.capacity.store.io;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Line generators for {@link FuzzTest}: good lines, certainly bad lines, and lines that may be either. */
abstract class FuzzLines {
    private static final String[] NAMES = {"cpu", "mem", "net", "é€", "日本", "a b", "x,y", "k=v", "q\"uote", "🙂"};

    abstract ReadOptions options();

    abstract String header();

    abstract String good(Random rnd);

    abstract byte[] bad(Random rnd);

    /** Truncations, random bytes (never a line break) and random unicode: valid or not, never a crash. */
    byte[] maybe(Random rnd) {
        switch (rnd.nextInt(3)) {
            case 0 -> {
                String g = good(rnd);
                return utf8(g.substring(0, rnd.nextInt(g.length())));
            }
            case 1 -> {
                byte[] b = new byte[1 + rnd.nextInt(60)];
                rnd.nextBytes(b);
                for (int i = 0; i < b.length; i++) {
                    b[i] = b[i] == '\n' ? 0 : b[i];
                }
                return b;
            }
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = rnd.nextInt(40); i > 0; i--) {
                    int cp = rnd.nextInt(0x2FFFF);
                    if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != '\n') {
                        sb.appendCodePoint(cp);
                    }
                }
                return utf8(sb.toString());
            }
        }
    }

    static String name(Random rnd) {
        return NAMES[rnd.nextInt(NAMES.length)];
    }

    static String value(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> Double.toString(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15));
            case 1 -> Long.toString(rnd.nextLong()) + "i";
            case 2 -> Integer.toString(rnd.nextInt(1000));
            default -> "1.5e" + (rnd.nextInt(600) - 300);
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Inserts strictly inside the line: a trailing CR would be a legitimate CRLF ending. */
    static String insert(String s, Random rnd, String what) {
        int at = rnd.nextInt(s.length());
        return s.substring(0, at) + what + s.substring(at);
    }

    static final class Csv extends FuzzLines {
        @Override
        ReadOptions options() {
            return ReadOptions.of(Format.CSV);
        }

        @Override
        String header() {
            return "time,measurement,field,value,host";
        }

        @Override
        String good(Random rnd) {
            return String.join(",", time(rnd), cell(name(rnd)), cell(name(rnd)), value(rnd),
                    rnd.nextBoolean() ? "" : cell(name(rnd)));
        }

        private static String time(Random rnd) {
            return switch (rnd.nextInt(3)) {
                case 0 -> "2024-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + "T0" + rnd.nextInt(10) + ":30:00Z";
                case 1 -> Long.toString(1_700_000_000L + rnd.nextInt(1_000_000));
                default -> "2014-02-14 14:3" + rnd.nextInt(10) + ":00.12" + rnd.nextInt(10);
            };
        }

        private static String cell(String s) {
            return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }

        @Override
        byte[] bad(Random rnd) {
            String t = time(rnd);
            String m = cell(name(rnd));
            String f = cell(name(rnd));
            String v = value(rnd);
            String[] bad = {
                String.join(",", t, m, f, v),
                String.join(",", t, m, f, v, "h", "extra"),
                String.join(",", t, m, f, new String[] {"NaN", "Infinity", "-inf", "1e400", "1.2.3", "", "abc",
                    "99999999999999999999i", "0x10", "1;5"}[rnd.nextInt(10)], "h"),
                String.join(",", new String[] {"2024-13-01T00:00:00Z", "2024-02-30 00:00:00", "25:00", "",
                    "2024-01-01T00:00:00+99:00", "tomorrow", "2024-01-01T24:00:00", "1e9"}[rnd.nextInt(8)], m, f, v, "h"),
                String.join(",", t, "", f, v, "h"),
                String.join(",", t, m, f, v, "\"unterminated"),
                String.join(",", t, m, f, v, "in\"side"),
                insert(good(rnd), rnd, "\u0000"),
                insert(good(rnd), rnd, "\u0007"),
            };
            int pick = rnd.nextInt(bad.length + 1);
            if (pick == bad.length) {
                String g = good(rnd);
                int at = rnd.nextInt(g.length() + 1);
                byte[] head = utf8(g.substring(0, at));
                byte[] tail = utf8(g.substring(at));
                byte[] out = new byte[head.length + 1 + tail.length];
                System.arraycopy(head, 0, out, 0, head.length);
                out[head.length] = (byte) 0xFF; // never valid in UTF-8
                System.arraycopy(tail, 0, out, head.length + 1, tail.length);
                return out;
            }
            return utf8(bad[pick]);
        }
    }

    static final class Lp extends FuzzLines {
        @Override
        ReadOptions options() {
            return ReadOptions.of(Format.LP);
        }

        @Override
        String header() {
            return null;
        }

        private static String esc(String s) {
            return s.replace(",", "\\,").replace(" ", "\\ ").replace("=", "\\=");
        }

        private static String series(Random rnd) {
            StringBuilder sb = new StringBuilder(esc(name(rnd)).replace("#", "h"));
            if (rnd.nextBoolean()) {
                sb.append(",host=").append(esc(name(rnd)));
            }
            return sb.toString();
        }

        @Override
        String good(Random rnd) {
            String fields = esc(name(rnd)) + "=" + value(rnd);
            if (rnd.nextBoolean()) {
                fields += ",second=" + rnd.nextInt(100) + "i";
            }
            return series(rnd) + " " + fields + " " + (rnd.nextLong() >> 2);
        }

        @Override
        byte[] bad(Random rnd) {
            String s = series(rnd);
            long t = rnd.nextLong() >> 2;
            String[] bad = {
                s + " v=1",
                s + " v=\"text\" " + t,
                s + " v=true " + t,
                s + " v=" + new String[] {"NaN", "1e400", "1.2.3", "abc", "99999999999999999999i", "-1u", "1e",
                    "--1"}[rnd.nextInt(8)] + " " + t,
                s,
                s + "\\",
                s + " v=1,v=2i " + t,
                s + " v=1 " + t + " extra",
                s + " v=1 12:00",
                s + " =1 " + t,
                "," + s + " v=1 " + t,
                insert(good(rnd), rnd, "\u0000"),
                insert(good(rnd), rnd, "\r"),
            };
            return utf8(bad[rnd.nextInt(bad.length)]);
        }
    }
}
