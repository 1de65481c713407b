package dev.evidex.verification.packet.evidence;

import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.PacketEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key archive entries a packet needs: one per seal key. The store's own entry is preferred
 * (exact bytes); otherwise the archive entry the exporter trusted. A bare public key has no
 * validity window to hand on, so it is not enough.
 */
final class KeyEntries {
    private static final long MAX_KEY_BYTES = 64 * 1024;

    private KeyEntries() {}

    /** The entries and the store keys of those taken from the store (not from the exporter's trusted keys). */
    record Result(List<PacketEntry> entries, List<String> storeKeys) {}

    static Result collect(ObjectStore store, TrustedKeys trustedKeys, List<String> keyIds)
            throws IOException, PacketVerificationException {
        List<PacketEntry> entries = new ArrayList<>();
        List<String> storeKeys = new ArrayList<>();
        for (String keyId : keyIds) {
            String hex = keyId.substring("sha256:".length());
            Optional<byte[]> stored = store.read(StoreKeys.key(hex), MAX_KEY_BYTES);
            if (stored.isPresent()) {
                storeKeys.add(StoreKeys.key(hex));
            }
            Optional<TrustedKeys.TrustedKey> trusted = trustedKeys.find(keyId).filter(TrustedKeys.TrustedKey::windowDeclared);
            byte[] bytes = stored.or(() -> trusted.map(key -> key.entry().toCanonicalJson())).orElseThrow(() ->
                    new PacketVerificationException("no key archive entry for seal key " + keyId
                            + ": the store has no keys/" + hex + ".json and the trusted key given is a bare public key"));
            entries.add(new PacketEntry(PacketFormat.KEYS + hex + ".json", EntryRole.KEY, bytes));
        }
        return new Result(entries, storeKeys);
    }
}
