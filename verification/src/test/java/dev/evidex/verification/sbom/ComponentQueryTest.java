package dev.evidex.verification.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.artifact.ArtifactFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentQueryTest {
    /** Three log4j-core versions across the fix line, with the 2.3 purl category spelling. */
    static final String THREE_LOG4J = """
            {"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT","name":"three-log4j",
             "documentNamespace":"https://example.com/three-log4j",
             "creationInfo":{"created":"2024-01-01T00:00:00Z","creators":["Tool: test"]},
             "packages":[%s,%s,%s],
             "relationships":[{"spdxElementId":"SPDXRef-DOCUMENT","relationshipType":"DESCRIBES","relatedSpdxElement":"SPDXRef-a"}]}
            """.formatted(log4j("a", "2.14.1"), log4j("b", "2.17.1"), log4j("c", "2.20.0"));

    static String log4j(String id, String version) {
        return """
                {"SPDXID":"SPDXRef-%s","name":"log4j-core","versionInfo":"%s","downloadLocation":"NOASSERTION",
                 "externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl",
                   "referenceLocator":"pkg:maven/org.apache.logging.log4j/log4j-core@%s"}]}
                """.formatted(id, version, version);
    }

    @Test
    void findsVulnerableLog4jInTheSyftImageSbom() throws Exception {
        SbomDocument document = new SpdxReader().read(ArtifactFixtures.folder("spdx").resolve("syft-0.57-spdx22-image-log4j-vuln.json"));

        assertThat(new ComponentQuery("log4j-core", Optional.of(VersionRange.parse("< 2.17.1"))).find(document))
                .extracting(SbomPackage::version).containsExactly(Optional.of("2.8.1"));
        assertThat(new ComponentQuery("pkg:maven/org.apache.logging.log4j/log4j-core", Optional.empty()).find(document))
                .hasSize(1);
        assertThat(new ComponentQuery("log4j-core", Optional.of(VersionRange.parse(">= 2.17.1"))).find(document)).isEmpty();
    }

    @Test
    void versionRangeSelectsOnlyVersionsBeforeTheFix() throws Exception {
        SbomDocument document = new SpdxReader().read(THREE_LOG4J.getBytes(StandardCharsets.UTF_8));

        assertThat(new ComponentQuery("log4j-core", Optional.of(VersionRange.parse("< 2.17.1"))).find(document))
                .extracting(found -> found.version().orElseThrow()).containsExactly("2.14.1");
        assertThat(new ComponentQuery("LOG4J-CORE", Optional.of(VersionRange.parse("[2.0,2.20.0)"))).find(document))
                .extracting(found -> found.version().orElseThrow()).containsExactly("2.14.1", "2.17.1");
        assertThat(document.describedRoots()).containsExactly("SPDXRef-a");
    }

    @Test
    void purlPartsAreReadWithoutQualifiers() {
        assertThat(ComponentQuery.purlName("pkg:maven/org.apache.logging.log4j/log4j-core@2.8.1?type=jar")).isEqualTo("log4j-core");
        assertThat(ComponentQuery.purlVersion("pkg:golang/k8s.io/api@v0.28.2%2Bincompatible#sub")).contains("v0.28.2+incompatible");
    }
}
