package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.merkle.Hashes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code proofs.txt}: the RFC 9162 inclusion proof of every exported record of one log against
 * its checkpoint. Proof hashes are listed once in a node table and proofs refer to them by
 * number: records of one log share most of the upper levels of their paths, and this keeps a
 * packet of a hundred thousand proofs a fraction of the size of writing each path out.
 *
 * <pre>
 * evidex-proofs 1
 * log &lt;log&gt;
 * tree-size &lt;n&gt;
 * nodes &lt;count&gt;
 * &lt;hex&gt;                      (count lines, node 0 first)
 * proofs &lt;count&gt;
 * &lt;index&gt; [&lt;node&gt; ...]   (count lines, ascending index, the proof from the leaf upwards)
 * </pre>
 */
public record ProofFile(String log, long treeSize, List<Proof> proofs) {
    public static final String HEADER = "evidex-proofs 1";
    /** A proof of a tree of up to 2^63 leaves has at most 63 hashes. */
    private static final int MAX_PROOF_LENGTH = 64;

    /** One record's proof. */
    public record Proof(long index, List<byte[]> hashes) {
        public Proof {
            hashes = List.copyOf(hashes);
        }
    }

    public ProofFile {
        requireNonNull(log, "log is null");
        proofs = List.copyOf(proofs);
    }

    public byte[] toBytes() {
        Map<ByteBuffer, Integer> numbers = new HashMap<>();
        List<byte[]> nodes = new ArrayList<>();
        StringBuilder lines = new StringBuilder(proofs.size() * 64);
        for (Proof proof : proofs) {
            lines.append(proof.index());
            for (byte[] hash : proof.hashes()) {
                Integer number = numbers.computeIfAbsent(ByteBuffer.wrap(hash), key -> {
                    nodes.add(hash);
                    return nodes.size() - 1;
                });
                lines.append(' ').append(number);
            }
            lines.append('\n');
        }
        StringBuilder text = new StringBuilder(nodes.size() * 65 + lines.length() + 128);
        text.append(HEADER).append('\n').append("log ").append(log).append('\n')
                .append("tree-size ").append(treeSize).append('\n').append("nodes ").append(nodes.size()).append('\n');
        nodes.forEach(node -> text.append(Hashes.hex(node)).append('\n'));
        text.append("proofs ").append(proofs.size()).append('\n').append(lines);
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Parses strictly; the message says which line is wrong. */
    public static ProofFile parse(byte[] bytes) throws ProofFormatException {
        String[] lines = new String(bytes, StandardCharsets.US_ASCII).split("\n", -1);
        Cursor cursor = new Cursor(lines);
        cursor.expect(HEADER);
        String log = cursor.keyword("log");
        long treeSize = cursor.number(cursor.keyword("tree-size"));
        int nodeCount = Math.toIntExact(cursor.count(cursor.keyword("nodes"), lines.length));
        byte[][] nodes = new byte[nodeCount][];
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < nodeCount; i++) {
            String line = cursor.next();
            if (line.length() != 64 || !line.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw cursor.error("node " + i + " is not 64 lowercase hex digits");
            }
            nodes[i] = hex.parseHex(line);
        }
        int proofCount = Math.toIntExact(cursor.count(cursor.keyword("proofs"), lines.length));
        List<Proof> proofs = new ArrayList<>(proofCount);
        for (int i = 0; i < proofCount; i++) {
            proofs.add(proof(cursor, nodes));
        }
        if (cursor.position != lines.length - 1 || !lines[lines.length - 1].isEmpty()) {
            throw cursor.error("unexpected content after the last proof");
        }
        return new ProofFile(log, treeSize, proofs);
    }

    private static Proof proof(Cursor cursor, byte[][] nodes) throws ProofFormatException {
        String[] fields = cursor.next().split(" ", -1);
        if (fields.length > MAX_PROOF_LENGTH + 1) {
            throw cursor.error("proof has more than " + MAX_PROOF_LENGTH + " hashes");
        }
        long index = cursor.number(fields[0]);
        List<byte[]> hashes = new ArrayList<>(fields.length - 1);
        for (int j = 1; j < fields.length; j++) {
            long node = cursor.number(fields[j]);
            if (node >= nodes.length) {
                throw cursor.error("proof refers to node " + node + " but the table has " + nodes.length);
            }
            hashes.add(nodes[(int) node]);
        }
        return new Proof(index, hashes);
    }

    /** Reading position in the lines, with line numbers for messages. */
    private static final class Cursor {
        private final String[] lines;
        private int position;

        Cursor(String[] lines) {
            this.lines = lines;
        }

        String next() throws ProofFormatException {
            if (position >= lines.length - 1) {
                throw error("file ends early");
            }
            return lines[position++];
        }

        void expect(String text) throws ProofFormatException {
            if (!next().equals(text)) {
                throw error("expected '" + text + "'");
            }
        }

        String keyword(String keyword) throws ProofFormatException {
            String line = next();
            if (!line.startsWith(keyword + " ")) {
                throw error("expected '" + keyword + " ...'");
            }
            return line.substring(keyword.length() + 1);
        }

        long number(String text) throws ProofFormatException {
            if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw error("'" + text + "' is not a non-negative decimal number");
            }
            return Long.parseLong(text);
        }

        long count(String text, int available) throws ProofFormatException {
            long count = number(text);
            if (count > available) {
                throw error("count " + count + " exceeds the lines in the file");
            }
            return count;
        }

        ProofFormatException error(String message) {
            return new ProofFormatException("proofs.txt line " + position + ": " + message);
        }
    }
}
