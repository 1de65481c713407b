package dev.evidex.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {
    @TempDir
    Path config;

    @Test
    void savesEachStoresSettingsSeparately() throws Exception {
        SettingsRepository repository = new SettingsRepository(config);
        StoreSettings audit = new StoreSettings("primary", "evidex", "s3://results/", "eu-west-1", "acme-evidence",
                "evidex/", "/keys");

        repository.save("local:/a", audit);
        repository.save("local:/b", StoreSettings.EMPTY.withTrustedKeysDirectory("/other"));

        SettingsRepository reopened = new SettingsRepository(config);
        assertThat(reopened.find("local:/a")).contains(audit);
        assertThat(reopened.find("local:/b").orElseThrow().trustedKeys()).contains(Path.of("/other"));
        assertThat(reopened.find("local:/c")).isEmpty();
    }
}
