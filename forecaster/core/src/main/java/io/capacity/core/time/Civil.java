package io.capacity.core.time;

/**
 * Proleptic Gregorian calendar arithmetic on plain longs (days since 1970-01-01), shared by the timestamp parser
 * and formatter so both stay allocation-free. The day-number formulas are the well-known era/day-of-era
 * decomposition (400-year eras of 146,097 days, years starting in March so the leap day comes last).
 */
public final class Civil {
    private Civil() {
    }

    public static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        int mp = month > 2 ? month - 3 : month + 9;
        long doy = (153L * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    public static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Appends epoch nanoseconds as UTC ISO-8601 exactly as {@code Instant.toString()} does for years 1000-9999:
     * {@code 2014-02-14T14:30:00Z}, with 3, 6 or 9 fraction digits when the time has a fraction.
     */
    public static void appendIso(long epochNanos, StringBuilder sb) {
        long secs = Math.floorDiv(epochNanos, 1_000_000_000L);
        int nano = (int) Math.floorMod(epochNanos, 1_000_000_000L);
        long days = Math.floorDiv(secs, 86_400L);
        int sod = (int) Math.floorMod(secs, 86_400L);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        sb.append(year).append('-');
        pad(sb, month, 2).append('-');
        pad(sb, day, 2).append('T');
        pad(sb, sod / 3600, 2).append(':');
        pad(sb, sod / 60 % 60, 2).append(':');
        pad(sb, sod % 60, 2);
        if (nano != 0) {
            sb.append('.');
            if (nano % 1_000_000 == 0) {
                pad(sb, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                pad(sb, nano / 1000, 6);
            } else {
                pad(sb, nano, 9);
            }
        }
        sb.append('Z');
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
