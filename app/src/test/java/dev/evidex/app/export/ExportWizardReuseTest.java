package dev.evidex.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.query.CurrentResult;
import dev.evidex.app.testing.FxWait;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Reuse the results on show": the shown query and bound parameters are exported, and only if the re-run hashes the same. */
@ExtendWith(ApplicationExtension.class)
class ExportWizardReuseTest {
    private static final Map<String, String> BOUND = Map.of("from", "2026-01-01", "to", "2026-02-28");

    @TempDir
    static Path temp;
    private ExportFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new ExportFixture(temp.resolve("run-" + System.nanoTime()));
    }

    @Test
    void theResultsOnShowAreExportedWithTheirBoundParameters(FxRobot robot) throws Exception {
        ExportWizardViewModel viewModel = show(robot, shownResultHash());
        assertThat(robot.lookup("#exportReuseCurrent").queryAs(CheckBox.class).getText())
                .startsWith("Reuse the results on show: Rejected admissions, ").contains("rows");

        Path out = temp.resolve("reused.zip");
        exportWithoutTickingAnyQuery(robot, viewModel, out);
        FxWait.until("export finished", () -> !viewModel.runningProperty().get());

        assertThat(viewModel.messageProperty().get()).isEqualTo("Packet written");
        assertThat(new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(fixture.trustedKeys), fixture.trustedKeys))
                .verify(out).failures()).isEmpty();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            String parameters = new String(zip.getInputStream(zip.getEntry("queries/rejected-admissions/parameters.json"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(parameters).isEqualTo("{\"parameters\":{\"from\":\"2026-01-01\",\"to\":\"2026-02-28\"}}");
        }
    }

    @Test
    void resultsThatNoLongerHashTheSameAreNotExported(FxRobot robot) throws Exception {
        ExportWizardViewModel viewModel = show(robot, "0".repeat(64));
        Path out = temp.resolve("changed.zip");

        exportWithoutTickingAnyQuery(robot, viewModel, out);
        FxWait.until("export finished", () -> !viewModel.runningProperty().get());

        assertThat(viewModel.messageProperty().get()).startsWith("Export failed: rejected-admissions: the results on show (SHA-256 "
                + "0".repeat(64) + ") differ from what the store returns now with the same parameters");
        assertThat(out).doesNotExist();
    }

    private ExportWizardViewModel show(FxRobot robot, String sha256) {
        CurrentResult shown = new CurrentResult("rejected-admissions", "Rejected admissions", BOUND, 3, sha256);
        ExportWizardViewModel viewModel = new ExportWizardViewModel(fixture.store,
                List.of(new QueryChoice("rejected-admissions", "Rejected admissions")), Optional.of(shown),
                ExportFixture.fakeEngine(fixture.records), command -> new Thread(command, "export-test").start(),
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        robot.interact(() -> {
            stage.setScene(new Scene(ExportWizard.load(viewModel), 760, 520));
            stage.show();
            viewModel.stepProperty().set(ExportWizardViewModel.QUERIES);
        });
        return viewModel;
    }

    private void exportWithoutTickingAnyQuery(FxRobot robot, ExportWizardViewModel viewModel, Path out) {
        assertThat(robot.lookup("#exportReuseCurrent").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> {
            viewModel.organisationProperty().set("Acme Health");
            viewModel.signingKeyProperty().set(fixture.signingKey.toString());
            viewModel.outputProperty().set(out.toString());
            viewModel.stepProperty().set(ExportWizardViewModel.EXPORT);
            viewModel.export();
        });
    }

    /** The hash the query view would have shown: that of the engine's canonical result for the bound parameters. */
    private String shownResultHash() throws Exception {
        return Hashes.hex(Hashes.sha256(ExportFixture.fakeEngine(fixture.records).run("rejected-admissions", BOUND, () -> false)
                .canonicalResult()));
    }
}
