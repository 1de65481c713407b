package dev.evidex.verification.packet.verify;

import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.ManifestEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** An attacker's view of a packet: its files as a map, rewritten as a ZIP, optionally re-signed. */
final class PacketTamper {
    final Map<String, byte[]> files = new TreeMap<>();

    PacketTamper(Path packet) throws IOException {
        try (InputStream in = Files.newInputStream(packet); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    void text(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Recomputes the manifest's sizes and digests (and SHA256SUMS) for the files as they are now, and signs it. */
    void resign(Signer signer) throws Exception {
        PacketManifest manifest = PacketManifest.parse(files.get(PacketFormat.MANIFEST));
        List<ManifestEntry> entries = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (ManifestEntry entry : manifest.entries()) {
            byte[] bytes = files.get(entry.path());
            if (entry.path().equals(PacketFormat.CHECKSUMS) || bytes == null) {
                continue;
            }
            String sha256 = Hashes.hex(Hashes.sha256(bytes));
            entries.add(new ManifestEntry(entry.path(), entry.role(), bytes.length, sha256));
            sums.append(sha256).append("  ").append(entry.path()).append('\n');
        }
        text(PacketFormat.CHECKSUMS, sums.toString());
        manifest.entry(PacketFormat.CHECKSUMS).ifPresent(entry -> entries.add(new ManifestEntry(entry.path(), entry.role(),
                files.get(PacketFormat.CHECKSUMS).length, Hashes.hex(Hashes.sha256(files.get(PacketFormat.CHECKSUMS))))));
        writeManifest(new PacketManifest(manifest.packetId(), manifest.created(), manifest.toolVersion(),
                new dev.evidex.verification.packet.ExporterIdentity(manifest.exporter().principal(),
                        manifest.exporter().source(), signer.keyId()), manifest.assessment(), entries), signer);
    }

    void writeManifest(PacketManifest manifest, Signer signer) throws Exception {
        byte[] bytes = manifest.toCanonicalJson();
        files.put(PacketFormat.MANIFEST, bytes);
        files.put(PacketFormat.SIGNATURE, signer.sign(bytes));
        files.put(PacketFormat.EXPORTER_KEY, PublicKeys.toPem(signer.publicKey()).getBytes(StandardCharsets.US_ASCII));
    }

    Path write(Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }
}
