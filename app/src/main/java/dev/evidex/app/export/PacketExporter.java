package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;

import dev.evidex.verification.Versions;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.PacketContents;
import dev.evidex.verification.packet.PacketLayout;
import dev.evidex.verification.packet.PacketSigners;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.PacketWriter;
import dev.evidex.verification.packet.WrittenPacket;
import dev.evidex.verification.packet.evidence.EvidenceBundle;
import dev.evidex.verification.packet.evidence.EvidenceCollector;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.query.QueryEvidence;
import dev.evidex.verification.packet.query.ResultTable;
import dev.evidex.verification.packet.query.Sampling;
import dev.evidex.verification.packet.report.PacketReports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Exports a HITRUST evidence packet from a store (local or on S3): runs the queries, samples if asked,
 * collects and checks the evidence behind the rows, writes and signs the packet. Used by the
 * headless {@code evidex export} and by the export wizard.
 */
public final class PacketExporter {
    private final QuerySource queries;

    public PacketExporter(QuerySource queries) {
        this.queries = requireNonNull(queries, "queries is null");
    }

    public WrittenPacket export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled)
            throws ExportException {
        Signer signer = signer(request);
        // Before any query runs: an export that cannot be trusted must not cost an Athena scan first.
        Path trustedKeys = request.source().trustedKeys(request.trustedKeys());
        List<QueryEvidence> evidence = runQueries(request, progress, cancelled);
        TreeSet<RecordReference> references = new TreeSet<>();
        for (QueryEvidence query : evidence) {
            references.addAll(layoutReferences(query));
        }
        checkCancelled(cancelled);
        progress.update(Messages.format("export.progress.collecting", references.size()), 0.35);
        EvidenceBundle bundle = collect(request, trustedKeys, references, cancelled);
        checkCancelled(cancelled);
        progress.update(Messages.format("export.progress.retention", bundle.storeKeys().size()), 0.8);
        byte[] retention = request.source().retention(bundle.storeKeys(), cancelled);
        checkCancelled(cancelled);
        progress.update(Messages.get("export.progress.writing"), 0.85);
        try {
            WrittenPacket packet = new PacketWriter(signer, new PacketReports()).write(new PacketContents(request.created(),
                    request.principal(), request.principalSource(), Versions.version(), request.assessment(), evidence, bundle,
                    request.declaredControls(), retention),
                    request.out());
            progress.update("Done", 1.0);
            return packet;
        } catch (IOException | PacketVerificationException e) {
            throw new ExportException("cannot write " + request.out() + ": " + e.getMessage(), e);
        }
    }

    private static Signer signer(ExportRequest request) throws ExportException {
        try {
            return PacketSigners.load(request.signingKey());
        } catch (IOException | KeyFormatException e) {
            throw new ExportException("cannot use signing key " + request.signingKey() + ": " + e.getMessage(), e);
        }
    }

    private List<QueryEvidence> runQueries(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled)
            throws ExportException {
        List<QueryEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < request.queries().size(); i++) {
            ExportRequest.QueryRequest query = request.queries().get(i);
            checkCancelled(cancelled);
            progress.update(Messages.format("export.progress.query", query.queryId()), 0.3 * i / request.queries().size());
            QuerySource.QueryRun run = queries.run(query.queryId(), query.parameters(), cancelled);
            checkReused(query, run);
            evidence.add(new QueryEvidence(run.info(), run.sql(), run.parametersJson(), run.receiptJson(),
                    run.canonicalResult(), sample(request.sampling(), run)));
        }
        return evidence;
    }

    /** Results reused from the query view must come out of the re-run exactly as they were shown. */
    private static void checkReused(ExportRequest.QueryRequest query, QuerySource.QueryRun run) throws ExportException {
        if (query.expectedResultSha256().isEmpty()) {
            return;
        }
        String actual = dev.evidex.verification.merkle.Hashes.hex(dev.evidex.verification.merkle.Hashes.sha256(run.canonicalResult()));
        if (!actual.equals(query.expectedResultSha256().get())) {
            throw new ExportException(ExportException.Kind.EVIDENCE, query.queryId() + ": the results on show (SHA-256 "
                    + query.expectedResultSha256().get() + ") differ from what the store returns now with the same parameters "
                    + "(SHA-256 " + actual + "); the store changed since they were shown. Run the query again, then export", null);
        }
    }

    private static Optional<Sampling.Sample> sample(Optional<ExportRequest.SampleRequest> sampling, QuerySource.QueryRun run)
            throws ExportException {
        if (sampling.isEmpty()) {
            return Optional.empty();
        }
        try {
            int rows = ResultTable.parse(run.canonicalResult()).rows().size();
            return rows == 0 ? Optional.empty() : Optional.of(Sampling.draw(sampling.get().seed(), sampling.get().size(), rows));
        } catch (IOException e) {
            throw new ExportException("query " + run.info().id() + " returned a result that is not canonical: " + e.getMessage(), e);
        }
    }

    private static List<RecordReference> layoutReferences(QueryEvidence query) throws ExportException {
        try {
            return PacketLayout.references(query);
        } catch (PacketVerificationException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    private static EvidenceBundle collect(ExportRequest request, Path trustedKeys, TreeSet<RecordReference> references,
            BooleanSupplier cancelled) throws ExportException {
        try {
            TrustedKeys trusted = TrustedKeys.load(trustedKeys);
            return new EvidenceCollector(new EvidenceCollector.Options(trusted, Runtime.getRuntime().availableProcessors(), cancelled))
                    .collect(request.source().objects(), references);
        } catch (PacketVerificationException e) {
            throw new ExportException(ExportException.Kind.EVIDENCE, "the store does not verify, nothing was exported: "
                    + e.getMessage(), e);
        } catch (IOException | KeyFormatException e) {
            throw new ExportException("cannot collect the evidence from " + request.source().describe() + ": " + e.getMessage(), e);
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

}
