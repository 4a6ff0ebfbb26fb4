package io.capacity.core.series;

/** In-place linear fill of NaN runs in an array whose first value is finite, with counts of what it did. */
record GapScan(int interior, int gaps, int longest, int longestStart, int trailing) {

    static GapScan fillLinear(double[] a) {
        int interior = 0;
        int gaps = 0;
        int longest = 0;
        int longestStart = -1;
        int trailing = 0;
        int i = 1;
        while (i < a.length) {
            if (Double.isFinite(a[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < a.length && !Double.isFinite(a[i])) {
                i++;
            }
            int len = i - start;
            double left = a[start - 1];
            if (i == a.length) {
                for (int k = start; k < i; k++) {
                    a[k] = left;
                }
                trailing = len;
                break;
            }
            double right = a[i];
            for (int k = start; k < i; k++) {
                a[k] = left + (right - left) * (k - start + 1) / (len + 1);
            }
            interior += len;
            gaps++;
            if (len > longest) {
                longest = len;
                longestStart = start;
            }
        }
        return new GapScan(interior, gaps, longest, longestStart, trailing);
    }
}
