/** List stored series and read one series' points on a regular grid (counters as per-second rates). */
package io.capacity.app.series;
