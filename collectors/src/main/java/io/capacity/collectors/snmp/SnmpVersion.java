package io.capacity.collectors.snmp;

/** Supported SNMP versions; v1 lacks 64-bit counters, which any link above 100 Mbit/s needs. */
public enum SnmpVersion {
    V2C,
    V3
}
