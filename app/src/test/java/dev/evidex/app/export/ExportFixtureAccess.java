package dev.evidex.app.export;

import java.nio.file.Path;

/** The export fixture for tests of other packages (the CLI). */
public final class ExportFixtureAccess {
    private final ExportFixture fixture;

    public ExportFixtureAccess(Path directory) throws Exception {
        this.fixture = new ExportFixture(directory);
    }

    public Path store() {
        return fixture.store;
    }

    public Path assessment() {
        return fixture.assessment;
    }

    public Path signingKey() {
        return fixture.signingKey;
    }

    public Path trustedKeys() {
        return fixture.trustedKeys;
    }

    public String exporterKeyId() {
        return fixture.exporterKeyId;
    }

    public QuerySource engine() {
        return ExportFixture.fakeEngine(fixture.records);
    }
}
