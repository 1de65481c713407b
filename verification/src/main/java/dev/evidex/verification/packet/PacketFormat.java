package dev.evidex.verification.packet;

/** Names fixed by the packet format ({@code src/docs/packet-format.md}), version 1. */
public final class PacketFormat {
    public static final String FORMAT = "evidex-packet";
    public static final int VERSION = 1;

    /** The signed document: every other entry is listed in it, except the two beside it. */
    public static final String MANIFEST = "manifest.json";
    /** Signature over the exact bytes of {@link #MANIFEST}. */
    public static final String SIGNATURE = "manifest.sig";
    /** PEM public key of the exporter; its key id is the manifest's {@code exporter.key_id}. */
    public static final String EXPORTER_KEY = "exporter.pub";
    /** {@code sha256sum -c} input over every other listed entry. */
    public static final String CHECKSUMS = "SHA256SUMS";
    public static final String CONTROLS = "controls.json";
    public static final String RETENTION = "retention.json";
    public static final String EXPORT_VERIFICATION = "evidence/export-verification.json";
    public static final String ARTIFACT_INDEX = "evidence/artifacts.json";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_PDF = "report.pdf";

    public static final String QUERIES = "queries/";
    public static final String LOGS = "evidence/logs/";
    public static final String KEYS = "evidence/keys/";
    public static final String ARTIFACTS = "evidence/artifacts/sha256/";

    public static final String QUERY_DEFINITION = "definition.json";
    public static final String QUERY_SQL = "query.sql";
    public static final String QUERY_PARAMETERS = "parameters.json";
    public static final String QUERY_RECEIPT = "receipt.json";
    public static final String RESULT_CSV = "result.csv";
    public static final String RESULT_JSON = "result.jsonl";
    public static final String SAMPLE = "sample.json";

    public static final String CHECKPOINT = "checkpoint.json";
    public static final String RECORDS = "records.jsonl";
    public static final String PROOFS = "proofs.txt";

    private PacketFormat() {}

    public static String query(String queryId, String file) {
        return QUERIES + queryId + "/" + file;
    }

    public static String log(String log, String file) {
        return LOGS + log + "/" + file;
    }
}
