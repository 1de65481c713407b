package dev.evidex.app.export;

import dev.evidex.app.common.FxmlView;
import dev.evidex.app.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the export wizard as a window over the app. The main window's menu opens it with
 * {@code ExportWizard.open(owner, viewModel)}.
 */
public final class ExportWizard {
    private ExportWizard() {}

    /** The wizard's view, for embedding and tests. */
    public static Parent load(ExportWizardViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(ExportWizard.class.getResource(FxmlView.EXPORT_WIZARD.resource()), Messages.bundle());
        loader.setControllerFactory(type -> new ExportWizardController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the export wizard", e);
        }
    }

    public static Stage open(Window owner, ExportWizardViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("export.title"));
        stage.setScene(new Scene(load(viewModel), 760, 520));
        stage.setOnCloseRequest(event -> viewModel.cancel());
        stage.show();
        return stage;
    }
}
