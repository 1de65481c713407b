package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.query.QueryEvidence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out, signs and writes a packet. The ZIP is written to a temporary file beside the target
 * and moved into place only when complete, so a packet is never half-written.
 */
public final class PacketWriter {
    private final Signer signer;
    private final ReportRenderer reports;

    public PacketWriter(Signer signer, ReportRenderer reports) {
        this.signer = requireNonNull(signer, "signer is null");
        this.reports = requireNonNull(reports, "reports is null");
    }

    public WrittenPacket write(PacketContents contents, Path target) throws IOException, PacketVerificationException {
        List<PacketLayout.Prepared> queries = new ArrayList<>();
        for (QueryEvidence query : contents.queries()) {
            queries.add(PacketLayout.prepare(query));
        }
        List<ControlsIndex.Requirement> requirements = requirements(queries);
        List<PacketEntry> entries = layout(contents, queries, requirements);
        // Digests of tens of thousands of entries: computed once, on every core.
        ParallelWork.map(entries, ParallelWork.threads(), PacketEntry::listing);
        String packetId = PacketManifest.deriveId(contents.created(), entries.stream().map(PacketEntry::listing).toList());
        ExporterIdentity exporter = new ExporterIdentity(contents.principal(), contents.principalSource(), signer.keyId());
        entries.addAll(reports.render(reportModel(contents, queries, requirements, packetId, exporter, entries)));
        entries.add(new PacketEntry(PacketFormat.CHECKSUMS, EntryRole.CHECKSUMS, checksums(entries)));
        PacketManifest manifest = new PacketManifest(packetId, contents.created(), contents.toolVersion(), exporter,
                contents.assessment(), entries.stream().map(PacketEntry::listing).toList());
        byte[] manifestBytes = manifest.toCanonicalJson();
        List<DeterministicZip.File> files = new ArrayList<>();
        entries.forEach(entry -> files.add(new DeterministicZip.File(entry.path(), entry.bytes())));
        files.add(new DeterministicZip.File(PacketFormat.MANIFEST, manifestBytes));
        files.add(new DeterministicZip.File(PacketFormat.SIGNATURE, sign(manifestBytes)));
        files.add(new DeterministicZip.File(PacketFormat.EXPORTER_KEY,
                PublicKeys.toPem(signer.publicKey()).getBytes(StandardCharsets.US_ASCII)));
        return writeZip(files, contents, manifest, target);
    }

    private static List<PacketEntry> layout(PacketContents contents, List<PacketLayout.Prepared> queries,
            List<ControlsIndex.Requirement> requirements) {
        PacketLayout.duplicateQuery(contents.queries()).ifPresent(id -> {
            throw new IllegalArgumentException("query " + id + " is exported twice");
        });
        List<PacketEntry> entries = new ArrayList<>();
        queries.forEach(query -> entries.addAll(PacketLayout.entries(query)));
        entries.addAll(contents.evidence().entries());
        entries.add(new PacketEntry(PacketFormat.CONTROLS, EntryRole.CONTROLS, ControlsIndex.toCanonicalJson(requirements,
                contents.declaredControls(), ControlsIndex.notCovered(contents.declaredControls(), requirements))));
        entries.add(new PacketEntry(PacketFormat.RETENTION, EntryRole.RETENTION, contents.retention()));
        entries.sort(Comparator.comparing(PacketEntry::path));
        return entries;
    }

    private static List<ControlsIndex.Requirement> requirements(List<PacketLayout.Prepared> queries) {
        List<ControlsIndex.QueryControls> controls = new ArrayList<>();
        for (PacketLayout.Prepared prepared : queries) {
            QueryEvidence query = prepared.query();
            controls.add(new ControlsIndex.QueryControls(query.info().id(), query.info().hitrust(), query.info().hipaa(),
                    PacketLayout.files(prepared)));
        }
        return ControlsIndex.requirements(controls);
    }

    private static ReportModel reportModel(PacketContents contents, List<PacketLayout.Prepared> prepared,
            List<ControlsIndex.Requirement> requirements, String packetId, ExporterIdentity exporter, List<PacketEntry> entries)
            throws PacketVerificationException {
        List<ReportModel.QuerySummary> queries = new ArrayList<>();
        for (PacketLayout.Prepared query : prepared) {
            queries.add(PacketLayout.summary(query));
        }
        return new ReportModel(packetId, contents.created(), exporter, contents.toolVersion(), contents.assessment(),
                queries, requirements, ControlsIndex.notCovered(contents.declaredControls(), requirements),
                contents.evidence(), RetentionSummary.of(contents.retention()),
                entries.stream().map(PacketEntry::listing).toList());
    }

    /** {@code sha256sum -c} input: two spaces between digest and path (text mode), sorted by path. */
    static byte[] checksums(List<PacketEntry> entries) {
        StringBuilder text = new StringBuilder();
        entries.stream().sorted(Comparator.comparing(PacketEntry::path)).forEach(entry ->
                text.append(entry.listing().sha256()).append("  ").append(entry.path()).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] sign(byte[] manifest) throws PacketVerificationException {
        try {
            return signer.sign(manifest);
        } catch (SigningException e) {
            throw new PacketVerificationException("cannot sign the packet manifest: " + e.getMessage(), e);
        }
    }

    private WrittenPacket writeZip(List<DeterministicZip.File> files, PacketContents contents, PacketManifest manifest,
            Path target) throws IOException, PacketVerificationException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // Not createTempFile: its owner-only mode would stick to a packet that is meant to be handed on.
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".partial");
        try {
            MessageDigest digest = Hashes.sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), digest)) {
                DeterministicZip.write(files, contents.created(), out);
            }
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new WrittenPacket(absolute, Hashes.hex(digest.digest()), Files.size(absolute), manifest, signer.keyId());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
