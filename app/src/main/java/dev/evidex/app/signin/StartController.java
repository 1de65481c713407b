package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.DirectoryChooser;

/** Binds the start screen: open a local store, the demo store, or sign in to AWS. */
public final class StartController {
    private final StartViewModel viewModel;

    @FXML private Button openFolderButton;
    @FXML private Button openDemoButton;
    @FXML private Label startMessage;
    @FXML private ProgressIndicator startProgress;
    @FXML private Button cancelOpenButton;

    public StartController(StartViewModel viewModel) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
    }

    @FXML
    private void initialize() {
        openFolderButton.disableProperty().bind(viewModel.busyProperty());
        openDemoButton.disableProperty().bind(viewModel.busyProperty());
        startMessage.textProperty().bind(viewModel.messageProperty());
        startProgress.visibleProperty().bind(viewModel.busyProperty());
        startProgress.progressProperty().bind(viewModel.progressProperty());
        cancelOpenButton.visibleProperty().bind(viewModel.busyProperty());
        cancelOpenButton.managedProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(openFolderButton.getText());
        File folder = chooser.showDialog(openFolderButton.getScene().getWindow());
        if (folder != null) {
            viewModel.openLocal(folder.toPath());
        }
    }

    @FXML
    private void cancelOpen() {
        viewModel.cancel();
    }

    @FXML
    private void openDemo() {
        viewModel.openDemo();
    }
}
