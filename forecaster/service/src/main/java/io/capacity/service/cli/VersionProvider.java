package io.capacity.service.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CapacityCli.class.getPackage().getImplementationVersion();
        return new String[] {"capacity " + (v == null ? "development build" : v)};
    }
}
