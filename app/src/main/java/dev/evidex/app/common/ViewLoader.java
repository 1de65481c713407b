package dev.evidex.app.common;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads FXML views with the message bundle and controllers made by the app's factory. */
public final class ViewLoader {
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = requireNonNull(controllerFactory, "controllerFactory is null");
    }

    /** A loaded view and its controller. */
    public record Loaded<C>(Parent root, C controller) {}

    public <C> Loaded<C> load(FxmlView view) {
        FXMLLoader loader = new FXMLLoader(ViewLoader.class.getResource(view.resource()), Messages.bundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + view, e);
        }
    }
}
