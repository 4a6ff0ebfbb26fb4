package io.capacity.collectors.power.redfish;

/** How to authenticate to the BMC. */
public enum RedfishAuth {
    /** HTTP basic auth on every request: simplest, but some BMCs rate-limit or log each one. */
    BASIC,
    /** One {@code SessionService/Sessions} login, then {@code X-Auth-Token}; logs in again on 401. */
    SESSION
}
