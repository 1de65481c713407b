package dev.evidex.app.main;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.health.StoreHealthViewModel;
import dev.evidex.app.signin.AwsSession;
import dev.evidex.app.store.EvidenceStore;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The main window's own state: which store is open, the theme, and who is signed in. */
public final class MainViewModel {
    private final StoreHealthViewModel health;
    private final ObjectProperty<Optional<EvidenceStore>> store = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty storeText = new SimpleStringProperty("");
    private final StringProperty identityText = new SimpleStringProperty("");
    private final ObjectProperty<Optional<AwsSession>> aws = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public MainViewModel(StoreHealthViewModel health) {
        this.health = requireNonNull(health, "health is null");
        store.addListener((observable, before, after) -> {
            storeText.set(after.map(s -> s.name() + " — " + s.root()).orElse(""));
            health.setStore(after);
        });
    }

    public void open(EvidenceStore value) {
        store.set(Optional.of(value));
    }

    /** Signed in to AWS: evidence is in Athena and S3, not in a local folder. */
    public void signedIn(AwsSession session) {
        aws.set(Optional.of(session));
        identityText.set(session.describe());
        store.set(Optional.empty());
        storeText.set(Messages.format("main.aws", session.target().startUrl(), session.target().region()));
    }

    public ObjectProperty<Optional<AwsSession>> awsProperty() {
        return aws;
    }

    public StoreHealthViewModel health() {
        return health;
    }

    public ObjectProperty<Optional<EvidenceStore>> storeProperty() {
        return store;
    }

    public StringProperty storeTextProperty() {
        return storeText;
    }

    public StringProperty identityTextProperty() {
        return identityText;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
