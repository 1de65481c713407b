package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Badges;
import dev.evidex.app.common.Messages;
import dev.evidex.app.common.Columns;
import java.util.Map;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;

/** Binds the record inspector window. */
public final class InspectorController {
    private final InspectorViewModel viewModel;

    @FXML private Label inspectorTitle;
    @FXML private Label inspectorBadge;
    @FXML private Label inspectorVerdict;
    @FXML private TableView<CheckResult> checkTable;
    @FXML private TableColumn<CheckResult, CheckOutcome> checkOutcomeColumn;
    @FXML private TableColumn<CheckResult, String> checkNameColumn;
    @FXML private TableColumn<CheckResult, String> checkDetailColumn;
    @FXML private TreeView<String> recordTree;
    @FXML private GridPane sealGrid;
    @FXML private GridPane summaryGrid;
    @FXML private TableView<ArtifactLink> artifactTable;
    @FXML private TableColumn<ArtifactLink, CheckOutcome> artifactCheckColumn;
    @FXML private TableColumn<ArtifactLink, String> artifactRoleColumn;
    @FXML private TableColumn<ArtifactLink, String> artifactDigestColumn;
    @FXML private TableColumn<ArtifactLink, String> artifactTypeColumn;
    @FXML private TableColumn<ArtifactLink, Long> artifactSizeColumn;
    @FXML private TextField packageSearch;
    @FXML private TableView<SbomPackage> packageTable;
    @FXML private TableColumn<SbomPackage, String> packageNameColumn;
    @FXML private TableColumn<SbomPackage, String> packageVersionColumn;
    @FXML private TableColumn<SbomPackage, String> packagePurlColumn;
    @FXML private TableColumn<SbomPackage, String> packageLicenseColumn;

    public InspectorController(InspectorViewModel viewModel) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
    }

    @FXML
    private void initialize() {
        inspectorTitle.textProperty().bind(viewModel.titleProperty());
        inspectorVerdict.textProperty().bind(viewModel.verdictProperty());
        // A record with checks that did not run is never badged as verified.
        viewModel.stateProperty().addListener((observable, before, after) -> showBadge());
        viewModel.inspectionProperty().addListener((observable, before, after) -> showBadge());
        showBadge();
        Columns.bind(checkOutcomeColumn, CheckResult::outcome);
        checkOutcomeColumn.setCellFactory(column -> new OutcomeCell<>());
        Columns.bind(checkNameColumn, CheckResult::name);
        Columns.bind(checkDetailColumn, CheckResult::detail);
        Columns.wrapping(checkDetailColumn);
        checkTable.setItems(viewModel.checks());
        Columns.bind(artifactCheckColumn, ArtifactLink::digestCheck);
        artifactCheckColumn.setCellFactory(column -> new OutcomeCell<>());
        Columns.bind(artifactRoleColumn, ArtifactLink::role);
        Columns.bind(artifactDigestColumn, ArtifactLink::digest);
        Columns.bind(artifactTypeColumn, ArtifactLink::mediaType);
        Columns.bind(artifactSizeColumn, ArtifactLink::size);
        artifactTable.setItems(viewModel.artifacts());
        packageSearch.textProperty().bindBidirectional(viewModel.packageSearchProperty());
        Columns.bind(packageNameColumn, SbomPackage::name);
        Columns.bind(packageVersionColumn, SbomPackage::version);
        Columns.bind(packagePurlColumn, SbomPackage::purl);
        Columns.bind(packageLicenseColumn, SbomPackage::license);
        packageTable.setItems(viewModel.packages());
        viewModel.inspectionProperty().addListener((observable, before, after) -> show(after));
    }

    private void showBadge() {
        Badges.show(inspectorBadge, viewModel.stateProperty().get());
        long notRun = viewModel.inspectionProperty().get().map(Inspection::skipped).orElse(0L);
        if (viewModel.stateProperty().get() == dev.evidex.app.health.HealthState.VERIFIED && notRun > 0) {
            Badges.set(inspectorBadge, Badges.NEUTRAL, Messages.format("inspector.partlyVerified", notRun));
        }
    }

    private void show(Optional<Inspection> inspection) {
        recordTree.setRoot(inspection.map(i -> JsonTrees.of("record", i.record())).orElse(null));
        fill(sealGrid, inspection.map(Inspection::sealAndKey).orElse(Map.of()));
        fill(summaryGrid, inspection.map(Inspection::summary).orElse(Map.of()));
    }

    private static void fill(GridPane grid, Map<String, String> values) {
        grid.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Label name = new Label(entry.getKey());
            name.getStyleClass().add("text-muted");
            Label value = new Label(entry.getValue());
            value.setWrapText(true);
            grid.addRow(row++, name, value);
        }
    }

    /** ✓ / ✗ / – / n/a in green, red or grey. */
    private static final class OutcomeCell<S> extends TableCell<S, CheckOutcome> {
        @Override
        protected void updateItem(CheckOutcome item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("check-ok", "check-failed", "check-skipped");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.symbol());
            getStyleClass().add(switch (item) {
                case PASSED -> "check-ok";
                case FAILED -> "check-failed";
                case SKIPPED, NOT_APPLICABLE -> "check-skipped";
            });
        }
    }
}
