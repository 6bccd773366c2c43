package raingan.cli;

import picocli.CommandLine.IVersionProvider;
import raingan.model.ReportRecord;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "raingan " + (version == null ? "(development build)" : version),
            "record schema version " + ReportRecord.SCHEMA_VERSION
        };
    }
}
