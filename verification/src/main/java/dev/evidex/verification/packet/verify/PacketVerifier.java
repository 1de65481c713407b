package dev.evidex.verification.packet.verify;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.Signatures;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.ManifestEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketManifest;
import dev.evidex.verification.packet.ParallelWork;
import dev.evidex.verification.packet.signature.SignatureResult;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.RetentionSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Verifies a packet offline, reading the ZIP in place (nothing is extracted). Problems with the
 * archive itself (unsafe or unreadable ZIP, no manifest) are thrown; every failed check of a
 * readable packet is reported, so one run names everything that is wrong.
 */
public final class PacketVerifier {
    private static final Set<String> ENVELOPE = Set.of(PacketFormat.MANIFEST, PacketFormat.SIGNATURE, PacketFormat.EXPORTER_KEY);
    private static final Set<EntryRole> HASH_ONLY = Set.of(EntryRole.ARTIFACT, EntryRole.REPORT);
    private static final int MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

    /** Trusted keys (exporter and seal keys) given by the person verifying; empty means trust the packet's own, loudly. */
    public record Options(Optional<TrustedKeys> trustedKeys, Optional<Path> trustedKeysSource, ArchiveLimits limits) {
        public Options {
            requireNonNull(trustedKeys, "trustedKeys is null");
            requireNonNull(trustedKeysSource, "trustedKeysSource is null");
            requireNonNull(limits, "limits is null");
        }

        public static Options trusting(TrustedKeys keys, Path source) {
            return new Options(Optional.of(keys), Optional.of(source), ArchiveLimits.defaults());
        }

        public static Options trustingThePacket() {
            return new Options(Optional.empty(), Optional.empty(), ArchiveLimits.defaults());
        }
    }

    private final Options options;

    public PacketVerifier(Options options) {
        this.options = requireNonNull(options, "options is null");
    }

    public PacketReport verify(Path packet) throws PacketVerificationException {
        long started = System.nanoTime();
        try (PacketArchive archive = PacketArchive.open(packet, options.limits())) {
            for (String required : ENVELOPE) {
                if (!archive.contains(required)) {
                    throw new PacketVerificationException("packet has no " + required + "; it is not an Evidex packet or is incomplete");
                }
            }
            byte[] manifestBytes = archive.read(PacketFormat.MANIFEST);
            if (manifestBytes.length > MAX_MANIFEST_BYTES) {
                throw new PacketVerificationException("manifest.json is larger than " + MAX_MANIFEST_BYTES + " bytes");
            }
            PacketManifest manifest = PacketManifest.parse(manifestBytes);
            Findings findings = new Findings();
            checkSignature(archive, manifest, manifestBytes, findings);
            Map<String, byte[]> entries = checkEntries(archive, manifest, findings);
            EvidenceChecks evidence = new EvidenceChecks(manifest, entries, findings, options.trustedKeys());
            evidence.run();
            // The query and control checks need one core and nothing the signature checks produce, which
            // keep every core busy only part of the time: both run at once, findings joined in the usual order.
            Findings queryFindings = new Findings();
            FutureTask<Void> queryChecks = new FutureTask<>(() -> {
                new QueryChecks(manifest, entries, queryFindings, evidence.records()).run();
                new ControlsCheck(manifest, entries, queryFindings).run();
                return null;
            });
            Thread queryThread = new Thread(queryChecks, "evidex-packet-queries");
            queryThread.setDaemon(true);
            queryThread.start();
            List<SignatureResult> signatures = new SignatureRechecks(archive, findings, options.trustedKeys())
                    .run(evidence.signedRecords());
            awaitQueryChecks(queryChecks);
            findings.absorb(queryFindings);
            noteRetention(entries, findings);
            return new PacketReport(packet.toString(), manifest, options.trustedKeys().isEmpty(), trustSource(),
                    evidence.sealKeyIds(), findings.checked(), findings.notes(), findings.failures(), signatures,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new PacketVerificationException("cannot read packet " + packet + ": " + e.getMessage(), e);
        }
    }

    private static void awaitQueryChecks(FutureTask<Void> queryChecks) throws PacketVerificationException {
        try {
            queryChecks.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PacketVerificationException("packet verification was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new PacketVerificationException("query checks failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Retention is a statement, not a proof: it is shown (unlocked objects by name) for the assessor to weigh. */
    private static void noteRetention(Map<String, byte[]> entries, Findings findings) {
        byte[] retention = entries.get(PacketFormat.RETENTION);
        if (retention == null) {
            return;
        }
        try {
            findings.note("retention: " + RetentionSummary.of(retention));
        } catch (PacketVerificationException e) {
            findings.fail(PacketCheck.ENTRY, PacketFormat.RETENTION, e.getMessage());
        }
    }

    private String trustSource() {
        return options.trustedKeys().isPresent()
                ? "trusted keys from " + options.trustedKeysSource().map(Path::toString).orElse("the caller")
                : "the packet's own exporter.pub and evidence/keys/ (not independent)";
    }

    private void checkSignature(PacketArchive archive, PacketManifest manifest, byte[] manifestBytes, Findings findings)
            throws IOException, PacketVerificationException {
        PublicKey exporterKey;
        try {
            exporterKey = PublicKeys.parsePem(new String(archive.read(PacketFormat.EXPORTER_KEY), StandardCharsets.US_ASCII));
        } catch (KeyFormatException e) {
            findings.fail(PacketCheck.MANIFEST_SIGNATURE, PacketFormat.EXPORTER_KEY, "not a usable public key: " + e.getMessage());
            return;
        }
        String keyId = PublicKeys.keyId(exporterKey);
        findings.checked(PacketCheck.MANIFEST_SIGNATURE);
        if (!keyId.equals(manifest.exporter().keyId())) {
            findings.fail(PacketCheck.MANIFEST_SIGNATURE, PacketFormat.EXPORTER_KEY, "exporter.pub has key id " + keyId
                    + " but the manifest names " + manifest.exporter().keyId());
        }
        try {
            if (!Signatures.verify(exporterKey, manifestBytes, archive.read(PacketFormat.SIGNATURE))) {
                findings.fail(PacketCheck.MANIFEST_SIGNATURE, PacketFormat.SIGNATURE,
                        "signature over manifest.json does not verify under exporter key " + keyId);
            }
        } catch (KeyFormatException e) {
            findings.fail(PacketCheck.MANIFEST_SIGNATURE, PacketFormat.SIGNATURE, "cannot verify: " + e.getMessage());
        }
        checkExporterTrust(keyId, manifest, findings);
    }

    private void checkExporterTrust(String keyId, PacketManifest manifest, Findings findings) {
        if (options.trustedKeys().isEmpty()) {
            findings.note("exporter key " + keyId + " was taken from the packet: compare it out of band");
            return;
        }
        findings.checked(PacketCheck.EXPORTER_KEY);
        Optional<TrustedKeys.TrustedKey> trusted = options.trustedKeys().get().find(keyId);
        if (trusted.isEmpty()) {
            findings.fail(PacketCheck.EXPORTER_KEY, keyId, "the packet is signed by a key that is not among the trusted keys");
        } else if (!trusted.get().entry().allows(KeyPurpose.PACKET_SIGNING)) {
            findings.fail(PacketCheck.EXPORTER_KEY, keyId, "the key is trusted but not for packet signing");
        } else if (!trusted.get().entry().validAt(manifest.created())) {
            findings.fail(PacketCheck.EXPORTER_KEY, keyId, "packet time " + manifest.created()
                    + " is outside the key's validity window " + trusted.get().entry().window());
        }
    }

    /** Hashes every listed entry (on every core); keeps the bytes of those later checks read. */
    private static Map<String, byte[]> checkEntries(PacketArchive archive, PacketManifest manifest, Findings findings)
            throws IOException, PacketVerificationException {
        for (String name : archive.sortedNames()) {
            if (!ENVELOPE.contains(name) && manifest.entry(name).isEmpty()) {
                findings.fail(PacketCheck.UNLISTED_ENTRY, name, "the ZIP holds this entry but the manifest does not list it");
            }
        }
        findings.checked(PacketCheck.UNLISTED_ENTRY, archive.names().size());
        List<EntryRead> reads = ParallelWork.map(manifest.entries(), ParallelWork.threads(), entry -> read(archive, entry));
        Map<String, byte[]> kept = new HashMap<>();
        for (EntryRead read : reads) {
            findings.checked(PacketCheck.ENTRY);
            read.failures().forEach(failure -> findings.fail(PacketCheck.ENTRY, read.entry().path(), failure));
            read.kept().ifPresent(bytes -> kept.put(read.entry().path(), bytes));
        }
        checkChecksums(manifest, kept, findings);
        return kept;
    }

    /** One listed entry as read: what is wrong with it, and the bytes later checks need (artifacts: their digest). */
    private record EntryRead(ManifestEntry entry, List<String> failures, Optional<byte[]> kept) {}

    private static EntryRead read(PacketArchive archive, ManifestEntry entry) throws IOException, PacketVerificationException {
        if (ENVELOPE.contains(entry.path())) {
            return new EntryRead(entry, List.of("the manifest must not list the manifest, its signature or the exporter key"),
                    Optional.empty());
        }
        if (!archive.contains(entry.path())) {
            return new EntryRead(entry, List.of("listed in the manifest but missing from the ZIP"), Optional.empty());
        }
        byte[] bytes = archive.read(entry.path());
        List<String> failures = new ArrayList<>(0);
        if (bytes.length != entry.size()) {
            failures.add("holds " + bytes.length + " bytes but the manifest says " + entry.size());
        }
        String sha256 = Hashes.hex(Hashes.sha256(bytes));
        if (!sha256.equals(entry.sha256())) {
            failures.add("SHA-256 is " + sha256 + " but the manifest says " + entry.sha256());
        }
        if (!HASH_ONLY.contains(entry.role())) {
            return new EntryRead(entry, failures, Optional.of(bytes));
        }
        return new EntryRead(entry, failures, entry.role() == EntryRole.ARTIFACT
                ? Optional.of(sha256.getBytes(StandardCharsets.US_ASCII)) : Optional.empty());
    }

    private static void checkChecksums(PacketManifest manifest, Map<String, byte[]> entries, Findings findings) {
        byte[] checksums = entries.get(PacketFormat.CHECKSUMS);
        if (checksums == null) {
            findings.fail(PacketCheck.CHECKSUMS, PacketFormat.CHECKSUMS, "missing: plain-tool verification (sha256sum -c) is impossible");
            return;
        }
        findings.checked(PacketCheck.CHECKSUMS);
        StringBuilder expected = new StringBuilder();
        manifest.entries().stream().filter(entry -> !entry.path().equals(PacketFormat.CHECKSUMS))
                .forEach(entry -> expected.append(entry.sha256()).append("  ").append(entry.path()).append('\n'));
        if (!expected.toString().equals(new String(checksums, StandardCharsets.US_ASCII))) {
            findings.fail(PacketCheck.CHECKSUMS, PacketFormat.CHECKSUMS, "does not list exactly the manifest's entries and digests");
        }
    }
}
