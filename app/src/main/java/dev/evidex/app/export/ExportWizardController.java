package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.verification.packet.AssessmentType;
import dev.evidex.verification.packet.WrittenPacket;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Pane;

/** Binds the export wizard's four steps to its view model. */
public final class ExportWizardController {
    private final ExportWizardViewModel viewModel;

    @FXML private Pane assessmentStep;
    @FXML private Pane queriesStep;
    @FXML private Pane controlsStep;
    @FXML private Pane exportStep;
    @FXML private Label stepTitle;
    @FXML private Label problem;
    @FXML private TextField organisation;
    @FXML private ChoiceBox<AssessmentType> type;
    @FXML private TextField scope;
    @FXML private DatePicker periodFrom;
    @FXML private DatePicker periodTo;
    @FXML private CheckBox reuseCurrent;
    @FXML private ListView<QueryChoice> queryList;
    @FXML private TextField parameters;
    @FXML private TextField controls;
    @FXML private CheckBox sampling;
    @FXML private TextField sampleSize;
    @FXML private TextField seed;
    @FXML private TextField signingKey;
    @FXML private TextField output;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private Label packetSha256;
    @FXML private Label exporterKey;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;

    public ExportWizardController(ExportWizardViewModel viewModel) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
    }

    @FXML
    private void initialize() {
        bindSteps();
        organisation.textProperty().bindBidirectional(viewModel.organisationProperty());
        type.getItems().setAll(AssessmentType.values());
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        scope.textProperty().bindBidirectional(viewModel.scopeProperty());
        periodFrom.valueProperty().bindBidirectional(viewModel.periodFromProperty());
        periodTo.valueProperty().bindBidirectional(viewModel.periodToProperty());
        reuseCurrent.selectedProperty().bindBidirectional(viewModel.reuseCurrentProperty());
        reuseCurrent.setText(viewModel.currentResult().map(result -> Messages.format("export.reuseCurrent",
                result.title(), result.rows(), result.boundParameters(), result.resultSha256().substring(0, 12)))
                .orElse(""));
        reuseCurrent.setVisible(viewModel.currentResult().isPresent());
        reuseCurrent.setManaged(viewModel.currentResult().isPresent());
        queryList.setItems(viewModel.choices());
        queryList.setCellFactory(CheckBoxListCell.forListView(QueryChoice::selectedProperty));
        queryList.getSelectionModel().selectedItemProperty().addListener((observable, previous, current) -> {
            if (previous != null) {
                parameters.textProperty().unbindBidirectional(previous.parametersProperty());
            }
            if (current != null) {
                parameters.textProperty().bindBidirectional(current.parametersProperty());
            }
        });
        controls.textProperty().bindBidirectional(viewModel.controlsProperty());
        sampling.selectedProperty().bindBidirectional(viewModel.samplingProperty());
        sampleSize.textProperty().bindBidirectional(viewModel.sampleSizeProperty());
        seed.textProperty().bindBidirectional(viewModel.seedProperty());
        sampleSize.disableProperty().bind(viewModel.samplingProperty().not());
        seed.disableProperty().bind(viewModel.samplingProperty().not());
        signingKey.textProperty().bindBidirectional(viewModel.signingKeyProperty());
        output.textProperty().bindBidirectional(viewModel.outputProperty());
        bindExport();
    }

    private void bindSteps() {
        Pane[] steps = {assessmentStep, queriesStep, controlsStep, exportStep};
        String[] titles = {Messages.get("export.step.assessment"), Messages.get("export.step.queries"),
            Messages.get("export.step.controls"), Messages.get("export.step.sign")};
        for (int i = 0; i < steps.length; i++) {
            int index = i;
            steps[i].visibleProperty().bind(viewModel.stepProperty().isEqualTo(index));
            steps[i].managedProperty().bind(steps[i].visibleProperty());
        }
        stepTitle.textProperty().bind(Bindings.createStringBinding(() -> titles[viewModel.stepProperty().get()],
                viewModel.stepProperty()));
        problem.textProperty().bind(viewModel.problemProperty());
        backButton.disableProperty().bind(viewModel.stepProperty().isEqualTo(0).or(viewModel.runningProperty()));
        nextButton.visibleProperty().bind(viewModel.stepProperty().lessThan(ExportWizardViewModel.EXPORT));
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        exportButton.visibleProperty().bind(viewModel.stepProperty().isEqualTo(ExportWizardViewModel.EXPORT));
        exportButton.managedProperty().bind(exportButton.visibleProperty());
    }

    private void bindExport() {
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        message.textProperty().bind(viewModel.messageProperty());
        exportButton.disableProperty().bind(viewModel.runningProperty());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        packetSha256.textProperty().bind(Bindings.createStringBinding(() -> text(viewModel.resultProperty().get(), true),
                viewModel.resultProperty()));
        exporterKey.textProperty().bind(Bindings.createStringBinding(() -> text(viewModel.resultProperty().get(), false),
                viewModel.resultProperty()));
    }

    private static String text(WrittenPacket packet, boolean digest) {
        if (packet == null) {
            return "";
        }
        return digest ? Messages.format("export.packetDigest", packet.sha256(), packet.path())
                : Messages.format("export.exporterKey", packet.exporterKeyId());
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
