package dev.evidex.verification.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.artifact.ArtifactFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpdxReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "k8s-bom-spdx23-example11.spdx.json | SPDX-2.3",
        "ms-sbom-tool-spdx22-example12.spdx.json | SPDX-2.2",
        "source-auditor-spdx22-example9.spdx.json | SPDX-2.2",
        "spdx-tools-java-example-v2.2.spdx.json | SPDX-2.2",
        "spdx-tools-java-example-v2.3.spdx.json | SPDX-2.3",
        "spdx-tools-java-example-v2.3.tag.spdx | SPDX-2.3",
        "syft-0.57-spdx22-image-caddy.json | SPDX-2.2",
        "syft-0.57-spdx22-image-log4j-vuln.json | SPDX-2.2",
        "syft-0.90-spdx23-image-kubectl.json | SPDX-2.3",
        "syft-0.91-spdx23-gomod.json | SPDX-2.3",
        "syft-spdx22-alpine-3.10.json | SPDX-2.2",
        "syft-spdx23-tagvalue.spdx | SPDX-2.3",
        "trivy-spdx23-conda.json | SPDX-2.3",
    })
    void everyFixtureParses(String file, String version) throws Exception {
        Path folder = ArtifactFixtures.folder("spdx");
        SbomDocument document = new SpdxReader().read(folder.resolve(file));
        System.out.println("SPDX " + file + " " + document.specVersion() + " packages=" + document.packages().size()
                + " purls=" + document.packages().stream().filter(p -> p.purl().isPresent()).count()
                + " roots=" + document.describedRoots() + " tools=" + document.tools() + " created=" + document.created());
        assertThat(document.specVersion()).isEqualTo(version);
    }

    @Test
    void readingNeverFetchesTheLicenseListFromTheNetwork() throws Exception {
        Class.forName(SpdxReader.class.getName());
        assertThat(System.getProperty("org.spdx.useJARLicenseInfoOnly")).isEqualTo("true");
    }

    @Test
    void log4jPackageCarriesPurlCpesAndLicenses() throws Exception {
        SbomDocument document = new SpdxReader().read(ArtifactFixtures.folder("spdx").resolve("syft-0.57-spdx22-image-log4j-vuln.json"));

        SbomPackage log4j = document.packages().stream().filter(p -> p.name().equals("log4j-core")).findFirst().orElseThrow();
        assertThat(log4j.purl()).contains("pkg:maven/org.apache.logging.log4j/log4j-core@2.8.1");
        assertThat(log4j.cpes()).hasSizeGreaterThan(10).allMatch(cpe -> cpe.startsWith("cpe:2.3:"));
        assertThat(log4j.declaredLicense()).contains("NONE");
        assertThat(document.tools()).containsExactly("syft-0.57.0");
        assertThat(document.namespace()).startsWith("https://anchore.com/syft/image/");
        assertThat(document.describedRoots()).isEmpty();
    }

    @Test
    void bothPurlCategorySpellingsAreRead() throws Exception {
        Path folder = ArtifactFixtures.folder("spdx");
        SbomDocument hyphen = new SpdxReader().read(folder.resolve("syft-0.90-spdx23-image-kubectl.json"));
        SbomDocument underscore = new SpdxReader().read(folder.resolve("syft-spdx22-alpine-3.10.json"));

        assertThat(Files.readString(folder.resolve("syft-0.90-spdx23-image-kubectl.json"))).contains("PACKAGE-MANAGER");
        assertThat(Files.readString(folder.resolve("syft-spdx22-alpine-3.10.json"))).contains("PACKAGE_MANAGER");
        assertThat(hyphen.packages()).allMatch(p -> p.purl().isPresent());
        assertThat(underscore.packages()).allMatch(p -> p.purl().isPresent());
        assertThat(underscore.warnings()).anySatisfy(warning -> assertThat(warning).contains("SPDXRef-499bb68237b0f2b8"));
    }

    @Test
    void supplierAndConcludedLicenseComeThrough() throws Exception {
        SbomDocument document = new SpdxReader().read(ArtifactFixtures.folder("spdx").resolve("spdx-tools-java-example-v2.3.spdx.json"));

        SbomPackage glibc = document.packages().stream().filter(p -> p.name().equals("glibc")).findFirst().orElseThrow();
        assertThat(glibc.supplier()).hasValueSatisfying(supplier -> assertThat(supplier).startsWith("Person: Jane Doe"));
        assertThat(glibc.concludedLicense()).hasValueSatisfying(license -> assertThat(license).contains("LGPL-2.0-only"));
        assertThat(glibc.version()).contains("2.11.1");
        assertThat(document.created()).isEqualTo("2010-01-29T18:30:22Z");
    }

    @Test
    void sbomWithoutSpdxVersionIsRejected(@TempDir Path folder) throws Exception {
        Path missingVersion = folder.resolve("missing-spdx-version.spdx.json");
        Files.writeString(missingVersion, ComponentQueryTest.THREE_LOG4J.replace("\"spdxVersion\":\"SPDX-2.3\",", ""));

        assertThatThrownBy(() -> new SpdxReader().read(missingVersion)).isInstanceOf(SbomException.class)
                .hasMessageContaining("not a readable SPDX 2.x document");
    }

    @Test
    void packageWithoutNameIsRejected(@TempDir Path folder) throws Exception {
        Path missingName = folder.resolve("package-without-name.spdx.json");
        Files.writeString(missingName, ComponentQueryTest.THREE_LOG4J.replaceFirst("\"name\":\"log4j-core\",", ""));

        assertThatThrownBy(() -> new SpdxReader().read(missingName)).isInstanceOf(SbomException.class);
    }

    @Test
    void deeplyNestedSbomIsRejectedBeforeTheLibrarySeesIt() {
        byte[] nested = ("{\"a\":".repeat(100) + "1" + "}".repeat(100)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new SpdxReader().read(nested)).isInstanceOf(SbomException.class)
                .hasMessageContaining("not valid bounded JSON");
    }

    @Test
    void oversizeSbomIsRejectedBeforeReading(@TempDir Path folder) throws Exception {
        Path oversize = folder.resolve("oversize.spdx.json");
        Files.writeString(oversize, ComponentQueryTest.THREE_LOG4J);

        assertThatThrownBy(() -> new SpdxReader(100).read(oversize)).isInstanceOf(SbomException.class)
                .hasMessageContaining("over the limit of 100");
    }

    @Test
    void garbageIsNotAnSbom() {
        assertThatThrownBy(() -> new SpdxReader().read("SPDXVersion: nonsense\n\u0000".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SbomException.class);
        assertThat(Optional.empty()).isEmpty();
    }
}
