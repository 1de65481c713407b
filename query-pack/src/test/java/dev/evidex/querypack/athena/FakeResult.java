package dev.evidex.querypack.athena;

import java.util.List;
import java.util.Optional;

/** The outcome of one fake execution: columns (name, type) and rows, or Athena's failure reason. */
record FakeResult(List<String[]> columns, List<List<String>> rows, Optional<String> failure) {
    static FakeResult success(List<String[]> columns, List<List<String>> rows) {
        return new FakeResult(columns, rows, Optional.empty());
    }

    static FakeResult failure(String reason) {
        return new FakeResult(List.of(), List.of(), Optional.of(reason));
    }
}
