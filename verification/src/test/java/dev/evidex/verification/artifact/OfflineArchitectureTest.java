package dev.evidex.verification.artifact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Artifact verification never reaches the network: no TUF client, no Rekor/Fulcio/TSA HTTP clients. */
class OfflineArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.evidex.verification.artifact", "dev.evidex.verification.sbom",
                    "dev.evidex.verification.trust", "dev.evidex.verification.check");

    @Test
    void noSigstoreNetworkClients() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.sigstore.tuf..", "dev.sigstore.oidc..",
                        "dev.sigstore.http..", "java.net.http..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("ClientHttp")
                .orShould().dependOnClassesThat().haveSimpleName("RekorEntryFetcher")
                .because("verification is offline with trust material on disk")
                .check(CLASSES);
    }

    @Test
    void trustedRootsNeverComeFromTuf() {
        noClasses().should().callMethodWhere(JavaCall.Predicates.target(
                        HasName.Predicates.nameMatching("sigstore(Public|Staging)Defaults|usePublicGoodInstance|useStagingInstance")))
                .because("trusted roots are read from files, never fetched through TUF")
                .check(CLASSES);
    }
}
