package dev.evidex.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportWizardTest {
    @TempDir
    static Path temp;
    private ExportFixture fixture;
    private ExportWizardViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new ExportFixture(temp.resolve("run-" + System.nanoTime()));
        viewModel = new ExportWizardViewModel(fixture.store, List.of(new QueryChoice("rejected-admissions", "Rejected admissions"),
                new QueryChoice("signed-images-in-production", "Signed images in production")),
                ExportFixture.fakeEngine(fixture.records), command -> new Thread(command, "export-test").start(),
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        stage.setScene(new Scene(ExportWizard.load(viewModel), 760, 520));
        stage.show();
    }

    @Test
    void walksThroughTheStepsAndEndsWithTheDigestAndFingerprint(FxRobot robot) throws Exception {
        robot.clickOn("#exportNext");
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText()).isEqualTo("organisation is blank");
        robot.clickOn("#exportOrganisation").write("Acme Health");
        robot.clickOn("#exportScope").write("cluster prod, ci");
        robot.clickOn("#exportNext");
        assertThat(viewModel.stepProperty().get()).isEqualTo(ExportWizardViewModel.QUERIES);
        Screenshots.save(stage.getScene(), "export-wizard-queries");
        robot.interact(() -> {
            viewModel.choices().get(0).selectedProperty().set(true);
            viewModel.choices().get(0).parametersProperty().set("from=2026-01-01");
        });
        robot.clickOn("#exportNext");
        robot.clickOn("#exportControls").write("10.h, 09.aa");
        robot.clickOn("#exportSampling");
        robot.clickOn("#exportSeed").write("assessor-2026");
        robot.clickOn("#exportNext");
        robot.clickOn("#exportSigningKey").write(fixture.signingKey.toString());
        robot.clickOn("#exportOutput").write(temp.resolve("wizard.zip").toString());
        robot.clickOn("#exportRun");
        FxWait.until("export finished", () -> !viewModel.runningProperty().get() && viewModel.resultProperty().get() != null);

        assertThat(robot.lookup("#exportPacketSha256").queryAs(Label.class).getText())
                .startsWith("Packet SHA-256: " + viewModel.resultProperty().get().sha256());
        assertThat(robot.lookup("#exportExporterKey").queryAs(Label.class).getText()).contains(fixture.exporterKeyId);
        Screenshots.save(stage.getScene(), "export-wizard-done");
        assertThat(new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(fixture.trustedKeys), fixture.trustedKeys))
                .verify(temp.resolve("wizard.zip")).failures()).isEmpty();
    }

    @Test
    void cancelledExportSaysNothingWasWritten(FxRobot robot) {
        robot.interact(() -> {
            viewModel.organisationProperty().set("Acme Health");
            viewModel.choices().get(0).selectedProperty().set(true);
            viewModel.signingKeyProperty().set(fixture.signingKey.toString());
            viewModel.outputProperty().set(temp.resolve("cancelled.zip").toString());
            viewModel.stepProperty().set(ExportWizardViewModel.EXPORT);
            viewModel.export();
            viewModel.cancel();
        });
        FxWait.until("export stopped", () -> !viewModel.runningProperty().get());

        assertThat(viewModel.messageProperty().get()).isEqualTo("Export cancelled; nothing was written");
        assertThat(temp.resolve("cancelled.zip")).doesNotExist();
    }
}
