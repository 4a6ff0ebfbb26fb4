package io.capacity.service;

/** {@code serve --demo}'s settings: the simulated fleet's size and seed. */
public record DemoOptions(int hosts, long seed) {
}
