package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.AppWindows;
import dev.evidex.app.export.ExportWizardViewModel;
import dev.evidex.app.export.QueryChoice;
import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.settings.StoreSettings;
import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.S3Uploads;
import dev.evidex.app.testing.TestStores;
import dev.evidex.querypack.athena.FakeAthenaServer;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Signed in to AWS with no local store open, the export wizard exports from the account's evidence
 * bucket (local S3-protocol server, objects under Object Lock) with the queries on Athena.
 */
@ExtendWith(ApplicationExtension.class)
class AthenaExportViewTest {
    private static final String ACCOUNT = AuditorSignIn.ACCOUNT;
    private static final Instant RETAIN_UNTIL = Instant.parse("2033-01-31T00:00:00Z");

    @TempDir
    static Path root;

    private static Path store;

    @TempDir
    Path temp;

    private FakeIdentityCenter identityCenter;
    private FakeAthenaServer athena;
    private FakeS3Server s3;
    private AppWindows windows;

    @BeforeAll
    static void writeStore() {
        store = TestStores.create(root);
    }

    @Start
    void start(Stage stage) throws Exception {
        identityCenter = AuditorSignIn.identityCenter();
        athena = FakeAthenaServer.start(store);
        s3 = FakeS3Server.writable("acme-evidence", "evidex/acme", Files.createDirectories(temp.resolve("bucket")));
        S3Uploads.upload(s3.endpoint(), "acme-evidence", "evidex/acme", store, key -> true, RETAIN_UNTIL);
        windows = AuditorSignIn.showApp(stage, temp, identityCenter, athena, s3);
    }

    @AfterEach
    void stop() {
        windows.lastExport().ifPresent(window -> new FxRobot().interact(window::close));
        windows.close();
        athena.close();
        s3.close();
        identityCenter.close();
    }

    @Test
    void withoutAnEvidenceBucketTheWizardSaysWhatToSet(FxRobot robot) throws Exception {
        new SettingsRepository(temp.resolve("config")).save("aws:" + ACCOUNT, new StoreSettings("evidex", "evidex_audit",
                "s3://acme-athena-results/", "eu-west-1", "", "", root.resolve("keys").toString()));
        AuditorSignIn.signIn(robot, windows);
        FxWait.until("pack on Athena", () -> status(robot).contains("engine athena"));

        robot.clickOn("#exportButton");

        FxWait.until("notice shown", () -> status(robot).startsWith("Exporting a packet reads the raw evidence"));
        assertThat(status(robot)).contains("set the evidence bucket (and prefix) in Store settings");
        assertThat(windows.lastExport()).isEmpty();
    }

    @Test
    void theWizardExportsFromTheEvidenceBucketWithItsObjectLock(FxRobot robot) throws Exception {
        Path trusted = Files.createDirectories(temp.resolve("trusted"));
        Files.copy(root.resolve("keys").resolve("seal-signing.json"), trusted.resolve("seal-signing.json"));
        Path signingKey = packetSigningKey(trusted);
        new SettingsRepository(temp.resolve("config")).save("aws:" + ACCOUNT, new StoreSettings("evidex", "evidex_audit",
                "s3://acme-athena-results/", "eu-west-1", "acme-evidence", "evidex/acme", trusted.toString()));
        AuditorSignIn.signIn(robot, windows);
        FxWait.until("pack on Athena", () -> status(robot).contains("engine athena"));

        robot.clickOn("#exportButton");
        FxWait.until("wizard open", () -> windows.lastExportViewModel().isPresent());
        ExportWizardViewModel wizard = windows.lastExportViewModel().get();
        Path packet = temp.resolve("from-s3.zip");
        robot.interact(() -> {
            wizard.organisationProperty().set("Acme Health");
            wizard.scopeProperty().set("cluster prod-eu");
            wizard.reuseCurrentProperty().set(false);
            QueryChoice rejected = wizard.choices().stream().filter(choice -> choice.id().equals("rejected-admissions"))
                    .findFirst().orElseThrow();
            rejected.selectedProperty().set(true);
            wizard.signingKeyProperty().set(signingKey.toString());
            wizard.outputProperty().set(packet.toString());
            wizard.stepProperty().set(ExportWizardViewModel.EXPORT);
            wizard.export();
        });
        FxWait.until("export finished", () -> !wizard.runningProperty().get());

        assertThat(wizard.resultProperty().get()).as(wizard.messageProperty().get()).isNotNull();
        PacketReport report = new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(trusted), trusted))
                .verify(packet);
        assertThat(report.failures()).isEmpty();
        assertThat(report.manifest().exporter().source()).isEqualTo("sso");
        JsonNode retention;
        try (ZipFile zip = new ZipFile(packet.toFile())) {
            retention = Json.mapper().readTree(zip.getInputStream(zip.getEntry("retention.json")).readAllBytes());
        }
        assertThat(retention.path("store").asText()).isEqualTo("s3://acme-evidence/evidex/acme");
        assertThat(retention.path("objects")).isNotEmpty().allSatisfy(object -> {
            assertThat(object.path("mode").asText()).isEqualTo("COMPLIANCE");
            assertThat(Instant.parse(object.path("retain_until").asText())).isEqualTo(RETAIN_UNTIL);
        });
        assertThat(report.notes()).anyMatch(note -> note.contains("0 WITHOUT an Object Lock"));
        assertThat(athena.requests("StartQueryExecution")).isPositive();
    }

    private static Path packetSigningKey(Path trusted) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Files.write(trusted.resolve("exporter.json"), new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.PACKET_SIGNING),
                Instant.now().minusSeconds(86_400), Optional.empty(), Optional.empty()).toCanonicalJson());
        return Files.writeString(trusted.resolveSibling("packet-signing.pem"), LocalSigner.toPem(pair.getPrivate(), pair.getPublic()));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#queryStatus").queryAs(Label.class).getText();
    }
}
