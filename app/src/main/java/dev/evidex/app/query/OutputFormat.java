package dev.evidex.app.query;

import dev.evidex.querypack.result.CsvResultWriter;
import dev.evidex.querypack.result.JsonLinesResultWriter;
import dev.evidex.querypack.result.ResultSink;
import dev.evidex.querypack.result.TableResultWriter;
import java.io.Writer;
import java.util.function.Function;

/** How {@code evidex query run} writes rows. */
public enum OutputFormat {
    /** A text table for terminals. */
    table(TableResultWriter::new),
    /** RFC 4180 CSV with a header row. */
    csv(CsvResultWriter::new),
    /** JSON Lines: one object per row. */
    json(JsonLinesResultWriter::new);

    private final Function<Writer, ResultSink> factory;

    OutputFormat(Function<Writer, ResultSink> factory) {
        this.factory = factory;
    }

    public ResultSink sink(Writer out) {
        return factory.apply(out);
    }
}
