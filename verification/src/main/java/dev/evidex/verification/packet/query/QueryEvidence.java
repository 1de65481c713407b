package dev.evidex.verification.packet.query;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One query's part of a packet: its definition, the exact SQL run, the bound parameters, the
 * receipt the engine issued, the canonical result (what the receipt hashes) and an optional sample.
 */
public record QueryEvidence(QueryInfo info, String sql, byte[] parametersJson, byte[] receiptJson,
        byte[] canonicalResult, Optional<Sampling.Sample> sample) {

    public QueryEvidence {
        requireNonNull(info, "info is null");
        requireNonNull(sql, "sql is null");
        requireNonNull(parametersJson, "parametersJson is null");
        requireNonNull(receiptJson, "receiptJson is null");
        requireNonNull(canonicalResult, "canonicalResult is null");
        requireNonNull(sample, "sample is null");
    }
}
