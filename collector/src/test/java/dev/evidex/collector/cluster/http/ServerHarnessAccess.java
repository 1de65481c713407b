package dev.evidex.collector.cluster.http;

import dev.evidex.collector.cluster.CollectorServer;
import dev.evidex.collector.cluster.ServerSettings;
import dev.evidex.collector.cluster.StoreContents.TestKey;
import java.nio.file.Path;
import java.util.Optional;

/** The endpoint harness for tests of other packages (the provider). */
public final class ServerHarnessAccess {
    public static final String TOKEN = ServerHarness.TOKEN;

    private ServerHarnessAccess() {}

    public static CollectorServer start(Path directory, TestKey sealKey, ServerSettings.Provider provider) throws Exception {
        return ServerHarness.start(ServerHarness.settings(directory, sealKey, Optional.empty(), false, 1 << 30, 1 << 20,
                Optional.of(provider)));
    }
}
