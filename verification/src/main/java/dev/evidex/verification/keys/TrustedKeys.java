package dev.evidex.verification.keys;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The keys a verifier trusts, given on disk by the person verifying: key archive entries
 * ({@code *.json}, with validity windows) or bare PEM public keys ({@code *.pem}, {@code *.pub},
 * trusted for every purpose with an open window, which reports say).
 */
public final class TrustedKeys {
    private static final long MAX_KEY_FILE_BYTES = 64 * 1024;

    /** A trusted key and whether its window came from an archive entry. */
    public record TrustedKey(KeyArchiveEntry entry, boolean windowDeclared, Path source) {
        public TrustedKey {
            requireNonNull(entry, "entry is null");
            requireNonNull(source, "source is null");
        }
    }

    private final Map<String, TrustedKey> byId;

    private TrustedKeys(Map<String, TrustedKey> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static TrustedKeys of(Collection<KeyArchiveEntry> entries) {
        Map<String, TrustedKey> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.keyId(), new TrustedKey(entry, true, Path.of("<memory>"))));
        return new TrustedKeys(map);
    }

    /** Loads a directory of key files or a single key file. */
    public static TrustedKeys load(Path path) throws KeyFormatException, IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                listing.filter(TrustedKeys::isKeyFile).sorted().forEach(files::add);
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new IOException("trusted keys not found: " + path);
        }
        Map<String, TrustedKey> map = new LinkedHashMap<>();
        for (Path file : files) {
            TrustedKey key = read(file);
            map.put(key.entry().keyId(), key);
        }
        if (map.isEmpty()) {
            throw new KeyFormatException("no trusted keys (*.json, *.pem, *.pub) in " + path);
        }
        return new TrustedKeys(map);
    }

    private static boolean isKeyFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".pem") || name.endsWith(".pub"));
    }

    private static TrustedKey read(Path file) throws IOException, KeyFormatException {
        if (Files.size(file) > MAX_KEY_FILE_BYTES) {
            throw new KeyFormatException(file + ": key file larger than " + MAX_KEY_FILE_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            if (file.getFileName().toString().endsWith(".json")) {
                return new TrustedKey(KeyArchiveEntry.parse(bytes), true, file);
            }
            KeyArchiveEntry entry = new KeyArchiveEntry(PublicKeys.parsePem(new String(bytes, StandardCharsets.US_ASCII)),
                    List.of(KeyPurpose.values()), Instant.EPOCH, Optional.empty(), Optional.empty());
            return new TrustedKey(entry, false, file);
        } catch (KeyFormatException e) {
            throw new KeyFormatException(file + ": " + e.getMessage(), e);
        }
    }

    public Optional<TrustedKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public Collection<TrustedKey> all() {
        return byId.values();
    }
}
