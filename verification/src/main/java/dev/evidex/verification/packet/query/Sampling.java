package dev.evidex.verification.packet.query;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reproducible sampling of result rows. Method {@code sha256-rank/1}: rank every row number r
 * (1-based) by SHA-256(UTF-8(seed) || 0x00 || UTF-8(decimal r)), compared as unsigned bytes, and
 * take the {@code size} smallest; the sample lists them in ascending order. Anyone can redraw it
 * with any SHA-256 implementation, for example in Python:
 * {@code sorted(sorted(range(1, P + 1), key=lambda r: sha256(seed.encode() + b"\0" + str(r).encode()).digest())[:N])}.
 */
public final class Sampling {
    public static final String METHOD = "sha256-rank/1";

    private Sampling() {}

    /** A drawn sample. */
    public record Sample(String seed, int size, long population, String method, List<Integer> rows) {
        public Sample {
            requireNonNull(seed, "seed is null");
            requireNonNull(method, "method is null");
            rows = List.copyOf(rows);
        }

        public byte[] toCanonicalJson() {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("schema_version", 1);
            node.put("method", method);
            node.put("seed", seed);
            node.put("size", size);
            node.put("population", population);
            rows.forEach(node.putArray("rows")::add);
            return CanonicalJson.bytes(node);
        }

        public static Sample parse(byte[] bytes) throws IOException {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || !node.isObject() || !node.path("seed").isTextual() || !node.path("size").isInt()
                    || !node.path("population").isIntegralNumber() || !node.path("rows").isArray()) {
                throw new IOException("sample.json must have seed, size, population, method and rows");
            }
            List<Integer> rows = new ArrayList<>();
            node.path("rows").forEach(row -> rows.add(row.asInt()));
            return new Sample(node.path("seed").textValue(), node.path("size").intValue(),
                    node.path("population").longValue(), node.path("method").asText(), rows);
        }
    }

    /** Draws {@code size} of {@code population} rows (all of them when the population is smaller). */
    public static Sample draw(String seed, int size, int population) {
        if (size < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, got " + size);
        }
        byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
        MessageDigest digest = Hashes.sha256();
        List<Ranked> ranked = new ArrayList<>(population);
        for (int row = 1; row <= population; row++) {
            digest.update(seedBytes);
            digest.update((byte) 0);
            digest.update(Integer.toString(row).getBytes(StandardCharsets.US_ASCII));
            ranked.add(new Ranked(row, digest.digest()));
        }
        ranked.sort(Comparator.comparing(Ranked::key, Arrays::compareUnsigned).thenComparingInt(Ranked::row));
        List<Integer> rows = ranked.stream().limit(size).map(Ranked::row).sorted().toList();
        return new Sample(seed, size, population, METHOD, rows);
    }

    private record Ranked(int row, byte[] key) {}
}
