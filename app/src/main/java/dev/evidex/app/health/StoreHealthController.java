package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Badges;
import dev.evidex.app.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the store health view to its view model. */
public final class StoreHealthController {
    private final StoreHealthViewModel viewModel;

    @FXML private Label badge;
    @FXML private Label headline;
    @FXML private Label message;
    @FXML private ProgressBar progress;
    @FXML private Button verifyButton;
    @FXML private Button cancelButton;
    @FXML private TableView<LogHealth> logTable;
    @FXML private TableColumn<LogHealth, String> logColumn;
    @FXML private TableColumn<LogHealth, Long> batchesColumn;
    @FXML private TableColumn<LogHealth, Long> recordsColumn;
    @FXML private TableColumn<LogHealth, String> lastSealColumn;
    @FXML private TableColumn<LogHealth, String> keysColumn;
    @FXML private TableColumn<LogHealth, String> retentionColumn;
    @FXML private TableColumn<LogHealth, Long> logFailuresColumn;
    @FXML private TableView<FailureRow> failureTable;
    @FXML private TableColumn<FailureRow, String> checkColumn;
    @FXML private TableColumn<FailureRow, String> locationColumn;
    @FXML private TableColumn<FailureRow, String> detailColumn;
    @FXML private ListView<String> notesList;

    public StoreHealthController(StoreHealthViewModel viewModel) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
    }

    @FXML
    private void initialize() {
        Badges.bind(badge, viewModel.stateProperty());
        headline.textProperty().bind(viewModel.headlineProperty());
        message.textProperty().bind(viewModel.messageProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        verifyButton.disableProperty().bind(viewModel.runningProperty()
                .or(Bindings.createBooleanBinding(() -> viewModel.targetProperty().get().isEmpty(), viewModel.targetProperty())));
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        Columns.bind(logColumn, LogHealth::log);
        Columns.bind(batchesColumn, LogHealth::batches);
        Columns.bind(recordsColumn, LogHealth::records);
        Columns.bind(lastSealColumn, LogHealth::lastSeal);
        Columns.bind(keysColumn, LogHealth::signingKeysText);
        Columns.bind(retentionColumn, LogHealth::retention);
        Columns.bind(logFailuresColumn, LogHealth::failures);
        logTable.setItems(viewModel.logs());
        logTable.setRowFactory(table -> Badges.statusRow(LogHealth::verified));
        Columns.bind(checkColumn, FailureRow::check);
        Columns.bind(locationColumn, FailureRow::location);
        Columns.bind(detailColumn, FailureRow::detail);
        Columns.wrapping(detailColumn);
        Columns.wrapping(locationColumn);
        failureTable.setItems(viewModel.failures());
        notesList.setItems(viewModel.notes());
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
