package io.capacity.collectors.power.control;

import io.capacity.collectors.power.redfish.RedfishClient;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.source.CollectorException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Redfish BMC's computer system: {@code PowerState} read from the system resource, and the
 * {@code #ComputerSystem.Reset} action POSTed to the target the resource names (never a guessed path), with the
 * reset type checked against the values it allows when it lists them. The system is found from the service root:
 * the one member of {@code Systems}.
 */
public final class RedfishPowerControl implements PowerControl {
    static final String RESET = "#ComputerSystem.Reset";
    private final RedfishTarget target;
    private final RedfishClient client;
    private String system;

    public RedfishPowerControl(RedfishTarget target) throws CollectorException {
        this.target = target;
        this.client = new RedfishClient(target);
    }

    @Override
    public PowerState state() throws CollectorException {
        JsonNode s = client.get(system());
        String text = s.path("PowerState").asString("");
        try {
            return PowerState.ofRedfish(text);
        } catch (IllegalArgumentException e) {
            throw new CollectorException(target.name() + ": " + system + ": " + e.getMessage());
        }
    }

    @Override
    public void send(PowerCommand command) throws CollectorException {
        JsonNode action = client.get(system()).path("Actions").path(RESET);
        String to = action.path("target").asString("");
        if (to.isEmpty()) {
            throw new CollectorException(target.name() + ": " + system + " advertises no " + RESET
                    + " action target: this BMC cannot reset the system through Redfish");
        }
        if (!to.startsWith("/")) {
            throw new CollectorException(target.name() + ": " + system + ": " + RESET + " target '" + to
                    + "' is not a path on this BMC; refused, so the credentials go nowhere else");
        }
        String type = resetType(command);
        JsonNode allowed = action.path("ResetType@Redfish.AllowableValues");
        if (allowed.isArray() && allowed.valueStream().noneMatch(v -> type.equals(v.asString("")))) {
            throw new CollectorException(target.name() + ": " + system + " does not allow ResetType " + type
                    + " (it allows " + allowed + ")");
        }
        ObjectNode body = RedfishClient.object();
        body.put("ResetType", type);
        int status = client.post(to, body);
        if (status / 100 != 2) {
            throw new CollectorException(target.name() + ": POST " + to + " (ResetType " + type + ") answered "
                    + status);
        }
    }

    @Override
    public String describe(PowerCommand command) {
        return "POST " + RESET + " {\"ResetType\": \"" + resetType(command) + "\"} to the system of " + target.url()
                + " (Redfish target " + target.name() + ")";
    }

    static String resetType(PowerCommand c) {
        return c == PowerCommand.GRACEFUL_SHUTDOWN ? "GracefulShutdown" : "On";
    }

    /** The path of the BMC's one computer system, found once. */
    private String system() throws CollectorException {
        if (system == null) {
            String systems = client.get(RedfishClient.ROOT).path("Systems").path("@odata.id").asString("");
            if (systems.isEmpty()) {
                throw new CollectorException(target.name() + ": the service root links no Systems collection");
            }
            JsonNode members = client.get(systems).path("Members");
            if (members.size() != 1) {
                throw new CollectorException(target.name() + ": " + systems + " has " + members.size()
                        + " systems; power control needs exactly one per BMC target");
            }
            system = members.get(0).path("@odata.id").asString("");
            if (system.isEmpty()) {
                throw new CollectorException(target.name() + ": " + systems + " member has no @odata.id");
            }
        }
        return system;
    }

    @Override
    public void close() {
        client.close();
    }
}
