package dev.evidex.querypack.result;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.ResultColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Passes rows on while hashing the canonical result: JSON lines (RFC 8785), the first an array of
 * column names, then one array of typed values per row, each line ending in a line feed. Any engine
 * that returns the same rows in the same order yields the same digest.
 */
public final class CanonicalResultDigest implements ResultSink {
    private final ResultSink next;
    private final MessageDigest digest;
    private List<ResultColumn> columns = List.of();
    private long rows;
    private String hex;

    public CanonicalResultDigest(ResultSink next) {
        this.next = requireNonNull(next, "next is null");
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    @Override
    public void start(List<ResultColumn> columns) throws IOException {
        this.columns = List.copyOf(columns);
        line(columns.stream().map(c -> JsonText.quote(c.name())).collect(Collectors.joining(",", "[", "]")));
        next.start(columns);
    }

    @Override
    public void row(List<String> values) throws IOException {
        StringBuilder line = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            line.append(i == 0 ? "" : ",").append(JsonText.value(values.get(i), columns.get(i).type()));
        }
        line(line.append(']').toString());
        rows++;
        next.row(values);
    }

    @Override
    public void finish() throws IOException {
        hex = HexFormat.of().formatHex(digest.digest());
        next.finish();
    }

    private void line(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    public long rowCount() {
        return rows;
    }

    /** The SHA-256 of the canonical result, lowercase hex; available after {@link #finish()}. */
    public String sha256() {
        if (hex == null) {
            throw new IllegalStateException("the result is not finished");
        }
        return hex;
    }
}
