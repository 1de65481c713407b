package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.merkle.Hashes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Parses strictly, byte by byte (a packet holds megabytes of proofs); the message says which line is wrong. */
    public static ProofFile parse(byte[] bytes) throws ProofFormatException {
        Cursor cursor = new Cursor(bytes);
        cursor.expect(HEADER);
        String log = cursor.keyword("log");
        long treeSize = cursor.number(cursor.keyword("tree-size"));
        int nodeCount = Math.toIntExact(cursor.count(cursor.keyword("nodes")));
        byte[][] nodes = new byte[nodeCount][];
        for (int i = 0; i < nodeCount; i++) {
            nodes[i] = cursor.hexLine(i);
        }
        int proofCount = Math.toIntExact(cursor.count(cursor.keyword("proofs")));
        List<Proof> proofs = new ArrayList<>(proofCount);
        for (int i = 0; i < proofCount; i++) {
            proofs.add(cursor.proof(nodes));
        }
        if (cursor.offset != bytes.length) {
            throw cursor.error("unexpected content after the last proof");
        }
        return new ProofFile(log, treeSize, proofs);
    }

    /** Reading position in the bytes, with line numbers for messages. Every line ends with a line feed. */
    private static final class Cursor {
        private final byte[] bytes;
        private int offset;
        private int line;
        private int lineStart;
        private int lineEnd;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Moves to the next line; {@link #lineStart} and {@link #lineEnd} delimit it (without its line feed). */
        void next() throws ProofFormatException {
            int end = offset;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end >= bytes.length) {
                throw error("file ends early");
            }
            line++;
            lineStart = offset;
            lineEnd = end;
            offset = end + 1;
        }

        String text() {
            return new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.US_ASCII);
        }

        void expect(String text) throws ProofFormatException {
            next();
            if (!text().equals(text)) {
                throw error("expected '" + text + "'");
            }
        }

        String keyword(String keyword) throws ProofFormatException {
            next();
            String text = text();
            if (!text.startsWith(keyword + " ")) {
                throw error("expected '" + keyword + " ...'");
            }
            return text.substring(keyword.length() + 1);
        }

        byte[] hexLine(int node) throws ProofFormatException {
            next();
            if (lineEnd - lineStart != 2 * Hashes.LENGTH) {
                throw error("node " + node + " is not 64 lowercase hex digits");
            }
            byte[] hash = new byte[Hashes.LENGTH];
            for (int i = 0; i < Hashes.LENGTH; i++) {
                int high = hexDigit(bytes[lineStart + 2 * i]);
                int low = hexDigit(bytes[lineStart + 2 * i + 1]);
                if (high < 0 || low < 0) {
                    throw error("node " + node + " is not 64 lowercase hex digits");
                }
                hash[i] = (byte) (high << 4 | low);
            }
            return hash;
        }

        private static int hexDigit(byte c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }

        Proof proof(byte[][] nodes) throws ProofFormatException {
            next();
            int position = lineStart;
            long index = -1;
            List<byte[]> hashes = new ArrayList<>(MAX_PROOF_LENGTH / 2);
            while (true) {
                int end = position;
                while (end < lineEnd && bytes[end] != ' ') {
                    end++;
                }
                long value = number(position, end);
                if (index < 0) {
                    index = value;
                } else if (hashes.size() == MAX_PROOF_LENGTH) {
                    throw error("proof has more than " + MAX_PROOF_LENGTH + " hashes");
                } else if (value >= nodes.length) {
                    throw error("proof refers to node " + value + " but the table has " + nodes.length);
                } else {
                    hashes.add(nodes[(int) value]);
                }
                if (end == lineEnd) {
                    return new Proof(index, hashes);
                }
                position = end + 1;
            }
        }

        long number(String text) throws ProofFormatException {
            byte[] digits = text.getBytes(StandardCharsets.US_ASCII);
            return number(digits, 0, digits.length, this);
        }

        private long number(int start, int end) throws ProofFormatException {
            return number(bytes, start, end, this);
        }

        private static long number(byte[] digits, int start, int end, Cursor cursor) throws ProofFormatException {
            if (end == start || end - start > 18) {
                throw cursor.error("'" + new String(digits, start, end - start, StandardCharsets.US_ASCII)
                        + "' is not a non-negative decimal number");
            }
            long value = 0;
            for (int i = start; i < end; i++) {
                if (digits[i] < '0' || digits[i] > '9') {
                    throw cursor.error("'" + new String(digits, start, end - start, StandardCharsets.US_ASCII)
                            + "' is not a non-negative decimal number");
                }
                value = value * 10 + (digits[i] - '0');
            }
            return value;
        }

        /** A count of lines still to come, which cannot exceed the bytes left (each line is at least two). */
        long count(String text) throws ProofFormatException {
            long count = number(text);
            if (count > (bytes.length - offset) / 2 + 1) {
                throw error("count " + count + " exceeds the lines in the file");
            }
            return count;
        }

        ProofFormatException error(String message) {
            return new ProofFormatException("proofs.txt line " + line + ": " + message);
        }
    }
}
