package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.settings.StoreSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens stores with their saved settings (blocking: call it from a background task). */
public final class StoreOpener {
    private final SettingsRepository settings;
    private final DemoStore demo;

    public StoreOpener(SettingsRepository settings, DemoStore demo) {
        this.settings = requireNonNull(settings, "settings is null");
        this.demo = requireNonNull(demo, "demo is null");
    }

    /** The settings key of a store. */
    public static String storeId(EvidenceStore store) {
        return store.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + store.root();
    }

    public EvidenceStore openLocal(Path folder) throws IOException {
        EvidenceStore store = EvidenceStore.openLocal(folder.toAbsolutePath().normalize(), StoreKind.LOCAL,
                Optional.empty());
        return store.withTrustedKeys(settingsOf(store).trustedKeys());
    }

    /** Opens the demo store, creating it first on first use; the generated trust folder is trusted unless changed in settings. */
    public EvidenceStore openDemo(DemoStoreGenerator.DemoProgress progress) throws IOException, InterruptedException {
        EvidenceStore store = demo.openOrCreate(progress);
        return store.withTrustedKeys(settingsOf(store).trustedKeys().or(store::trustedKeysDirectory));
    }

    public StoreSettings settingsOf(EvidenceStore store) throws IOException {
        return settingsOf(storeId(store));
    }

    public void saveSettings(EvidenceStore store, StoreSettings value) throws IOException {
        saveSettings(storeId(store), value);
    }

    /** The settings saved under a settings key (a store id, or an AWS account's key). */
    public StoreSettings settingsOf(String id) throws IOException {
        return settings.find(id).orElse(StoreSettings.EMPTY);
    }

    public void saveSettings(String id, StoreSettings value) throws IOException {
        settings.save(id, value);
    }
}
