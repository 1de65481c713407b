package dev.evidex.querypack.receipt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.erdtman.jcs.JsonCanonicalizer;

/** Writes receipts as RFC 8785 canonical JSON, the form packets embed and sign. */
public final class ReceiptJson {
    public static final int SCHEMA_VERSION = 1;

    private ReceiptJson() {}

    public static String canonical(QueryReceipt receipt) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", SCHEMA_VERSION);
        node.put("query_id", receipt.queryId());
        node.put("pack", receipt.packName());
        node.put("pack_version", receipt.packVersion());
        node.put("dialect", receipt.dialect());
        node.put("sql_sha256", receipt.sqlSha256());
        ObjectNode parameters = node.putObject("parameters");
        receipt.parameters().forEach(parameters::put);
        receipt.arguments().forEach(node.putArray("bound_arguments")::add);
        node.put("engine", receipt.engine());
        node.put("execution_id", receipt.executionId());
        node.put("started_at", DateTimeFormatter.ISO_INSTANT.format(receipt.startedAt()));
        node.put("finished_at", DateTimeFormatter.ISO_INSTANT.format(receipt.finishedAt()));
        receipt.dataScannedBytes().ifPresentOrElse(b -> node.put("data_scanned_bytes", b),
                () -> node.putNull("data_scanned_bytes"));
        receipt.engineTimeMillis().ifPresentOrElse(t -> node.put("engine_time_ms", t),
                () -> node.putNull("engine_time_ms"));
        node.put("row_count", receipt.rowCount());
        node.put("result_sha256", receipt.resultSha256());
        try {
            return new JsonCanonicalizer(Json.mapper().writeValueAsString(node)).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
