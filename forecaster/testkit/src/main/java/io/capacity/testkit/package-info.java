/**
 * Real servers for tests, started on free loopback ports: {@link io.capacity.testkit.InfluxdServer} runs Debian's
 * {@code influxd} 1.x from a generated config in a temp dir. Use {@link io.capacity.testkit.SharedInfluxd} or
 * {@link io.capacity.testkit.InfluxdExtension} to share one instance per test JVM; create a private one only when
 * a test needs special settings (authentication) or must not disturb others. Nothing here mocks a server.
 */
package io.capacity.testkit;
