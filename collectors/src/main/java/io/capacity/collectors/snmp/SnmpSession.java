package io.capacity.collectors.snmp;

import io.capacity.collectors.source.CollectorException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.snmp4j.AbstractTarget;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.TableEvent;
import org.snmp4j.util.TableUtils;

/**
 * One SNMP4J session per target with its own message dispatcher and USM, so targets never share SNMP4J's
 * process-wide security tables (two agents with the same v3 user name but different passwords would clash).
 */
final class SnmpSession implements AutoCloseable {
    private final SnmpTarget config;
    private final Snmp snmp;
    private final AbstractTarget<UdpAddress> target;

    SnmpSession(SnmpTarget config) throws IOException {
        this.config = config;
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (config.version() == SnmpVersion.V3) {
            SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
            protocols.addAuthenticationProtocol(new AuthSHA());
            protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
            protocols.addPrivacyProtocol(new PrivAES128());
            protocols.addPrivacyProtocol(new PrivAES256());
            USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
            SnmpV3User u = config.v3();
            usm.addUser(new UsmUser(new OctetString(u.user()), authOid(u.authProtocol()),
                    new OctetString(u.authPassword()), privOid(u.privProtocol()), new OctetString(u.privPassword())));
            dispatcher.addMessageProcessingModel(new MPv3(usm));
        }
        this.snmp = new Snmp(dispatcher, new DefaultUdpTransportMapping());
        snmp.listen();
        this.target = target(config);
    }

    static OID authOid(String p) {
        return switch (p.toUpperCase(Locale.ROOT)) {
            case "SHA" -> AuthSHA.ID;
            case "SHA256" -> AuthHMAC192SHA256.ID;
            default -> throw new IllegalArgumentException("unsupported SNMP v3 auth protocol " + p);
        };
    }

    static OID privOid(String p) {
        return switch (p.toUpperCase(Locale.ROOT)) {
            case "AES", "AES128" -> PrivAES128.ID;
            case "AES256" -> PrivAES256.ID;
            default -> throw new IllegalArgumentException("unsupported SNMP v3 privacy protocol " + p);
        };
    }

    private static AbstractTarget<UdpAddress> target(SnmpTarget c) {
        UdpAddress address = (UdpAddress) GenericAddress.parse("udp:" + c.host() + "/" + c.port());
        AbstractTarget<UdpAddress> t;
        if (c.version() == SnmpVersion.V3) {
            UserTarget<UdpAddress> u = new UserTarget<>();
            u.setSecurityLevel(SecurityLevel.AUTH_PRIV);
            u.setSecurityName(new OctetString(c.v3().user()));
            u.setVersion(SnmpConstants.version3);
            t = u;
        } else {
            CommunityTarget<UdpAddress> ct = new CommunityTarget<>();
            ct.setCommunity(new OctetString(c.community() == null ? "public" : c.community()));
            ct.setVersion(SnmpConstants.version2c);
            t = ct;
        }
        t.setAddress(address);
        t.setTimeout(c.timeout().toMillis());
        t.setRetries(c.retries());
        return t;
    }

    VariableBinding get(OID oid) throws CollectorException {
        PDU pdu = new DefaultPDUFactory(PDU.GET).createPDU(target);
        pdu.add(new VariableBinding(oid));
        try {
            ResponseEvent<UdpAddress> r = snmp.send(pdu, target);
            if (r.getResponse() == null) {
                throw new CollectorException(config.name() + ": no SNMP response from " + config.host() + ":"
                        + config.port() + " within " + config.timeout().toMillis() + " ms x " + (config.retries() + 1));
            }
            if (r.getResponse().getErrorStatus() != 0) {
                throw new CollectorException(config.name() + ": SNMP error " + r.getResponse().getErrorStatusText());
            }
            return r.getResponse().get(0);
        } catch (IOException e) {
            throw new CollectorException(config.name() + ": SNMP send failed: " + e.getMessage(), e);
        }
    }

    /** Walks table columns with GETBULK; one row per index. */
    List<TableEvent> walk(OID... columns) throws CollectorException {
        TableUtils tables = new TableUtils(snmp, new DefaultPDUFactory(PDU.GETBULK));
        tables.setMaxNumRowsPerPDU(10);
        List<TableEvent> rows = tables.getTable(target, columns, null, null);
        List<TableEvent> ok = new ArrayList<>(rows.size());
        for (TableEvent row : rows) {
            if (row.isError()) {
                throw new CollectorException(config.name() + ": SNMP walk failed: " + row.getErrorMessage());
            }
            ok.add(row);
        }
        return ok;
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // closing a UDP socket; nothing to recover
        }
    }
}
