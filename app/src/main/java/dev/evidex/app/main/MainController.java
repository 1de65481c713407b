package dev.evidex.app.main;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Badges;
import dev.evidex.app.common.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;

/** Binds the main window's toolbar and tabs; the tabs have their own controllers. */
public final class MainController {
    private final MainViewModel viewModel;
    private final Navigator navigator;
    private final Runnable settings;
    private final Runnable export;

    @FXML private Label storeLabel;
    @FXML private Label identityLabel;
    @FXML private Label healthBadge;
    @FXML private Hyperlink healthLink;
    @FXML private ToggleButton darkToggle;
    @FXML private TabPane tabs;
    @FXML private Tab healthTab;

    public MainController(MainViewModel viewModel, Navigator navigator, Runnable settings, Runnable export) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
        this.navigator = requireNonNull(navigator, "navigator is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.export = requireNonNull(export, "export is null");
    }

    @FXML
    private void initialize() {
        storeLabel.textProperty().bind(viewModel.storeTextProperty());
        identityLabel.textProperty().bind(viewModel.identityTextProperty());
        Badges.bind(healthBadge, viewModel.health().stateProperty());
        // Store health verifies a local store; signed in to AWS without one there is nothing to badge.
        BooleanBinding local = Bindings.createBooleanBinding(() -> viewModel.storeProperty().get().isPresent(),
                viewModel.storeProperty());
        healthLink.visibleProperty().bind(local);
        healthLink.managedProperty().bind(local);
        storeLabel.setTooltip(new Tooltip());
        storeLabel.getTooltip().textProperty().bind(viewModel.storeTextProperty());
        darkToggle.selectedProperty().bindBidirectional(viewModel.darkProperty());
    }

    @FXML
    private void changeStore() {
        navigator.showStart();
    }

    @FXML
    private void openSettings() {
        settings.run();
    }

    @FXML
    private void openExport() {
        export.run();
    }

    @FXML
    private void showHealth() {
        tabs.getSelectionModel().select(healthTab);
    }
}
