package dev.evidex.collector.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code sbom} record: every package as a queryable column, the document as an artifact. */
public final class SbomRecords {
    private SbomRecords() {}

    public static ObjectNode record(Instant time, CiContext ci, Subject subject, String tool, Optional<String> toolVersion,
            List<SbomPackage> packages, Artifact document) {
        ObjectNode record = Records.ci("sbom", time, ci, subject);
        record.put("tool", tool);
        Records.putIfPresent(record, "tool_version", toolVersion);
        ArrayNode array = record.putArray("packages");
        packages.forEach(sbomPackage -> sbomPackage.writeTo(array.addObject()));
        record.put("package_count", packages.size());
        Records.attach(record, List.of(document));
        return record;
    }
}
