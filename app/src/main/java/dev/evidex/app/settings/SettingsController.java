package dev.evidex.app.settings;

import static java.util.Objects.requireNonNull;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;

/** Binds the per-store settings dialog. */
public final class SettingsController {
    private final SettingsViewModel viewModel;

    @FXML private TextField workgroupField;
    @FXML private TextField databaseField;
    @FXML private TextField outputLocationField;
    @FXML private TextField regionField;
    @FXML private TextField bucketField;
    @FXML private TextField prefixField;
    @FXML private TextField trustedKeysField;
    @FXML private Label settingsMessage;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
    }

    @FXML
    private void initialize() {
        workgroupField.textProperty().bindBidirectional(viewModel.workgroupProperty());
        databaseField.textProperty().bindBidirectional(viewModel.databaseProperty());
        outputLocationField.textProperty().bindBidirectional(viewModel.outputLocationProperty());
        regionField.textProperty().bindBidirectional(viewModel.regionProperty());
        bucketField.textProperty().bindBidirectional(viewModel.bucketProperty());
        prefixField.textProperty().bindBidirectional(viewModel.prefixProperty());
        trustedKeysField.textProperty().bindBidirectional(viewModel.trustedKeysProperty());
        settingsMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void chooseTrustedKeys() {
        DirectoryChooser chooser = new DirectoryChooser();
        File folder = chooser.showDialog(trustedKeysField.getScene().getWindow());
        if (folder != null) {
            viewModel.trustedKeysProperty().set(folder.getAbsolutePath());
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
