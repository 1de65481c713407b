package dev.evidex.app;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.common.ControllerFactory;
import dev.evidex.app.common.FxmlView;
import dev.evidex.app.common.Messages;
import dev.evidex.app.common.Navigator;
import dev.evidex.app.common.Themes;
import dev.evidex.app.common.ViewLoader;
import dev.evidex.app.common.WindowLayout;
import dev.evidex.app.common.WindowLayoutStore;
import dev.evidex.app.health.StoreHealthController;
import dev.evidex.app.health.StoreHealthViewModel;
import dev.evidex.app.main.MainController;
import dev.evidex.app.main.MainViewModel;
import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.signin.AwsSession;
import dev.evidex.app.signin.SignInController;
import dev.evidex.app.signin.SignInViewModel;
import dev.evidex.app.signin.Sleeper;
import dev.evidex.app.signin.SsoSignIn;
import dev.evidex.app.signin.SsoTokenCache;
import dev.evidex.app.signin.StartController;
import dev.evidex.app.signin.StartViewModel;
import dev.evidex.app.store.DemoStore;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreOpener;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the services, view models and controllers, and switches views. */
public final class AppWindows implements Navigator {
    private final Stage stage;
    private final BackgroundExecutor executor;
    private final Consumer<String> browser;
    private final WindowLayoutStore layoutStore;
    private final StoreOpener opener;
    private final ViewLoader loader;
    private final MainViewModel main;
    private final StartViewModel start;
    private final SignInViewModel signIn;
    private WindowLayout layout;
    private Parent mainRoot;

    public AppWindows(Stage stage, AppEnvironment environment, BackgroundExecutor executor) {
        this.stage = requireNonNull(stage, "stage is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.browser = environment.browser();
        this.layoutStore = new WindowLayoutStore(environment.configDirectory());
        this.opener = new StoreOpener(new SettingsRepository(environment.configDirectory()),
                new DemoStore(environment.configDirectory(), environment.demoGenerator()));
        this.layout = layoutStore.load();
        StoreHealthViewModel health = new StoreHealthViewModel(executor);
        this.main = new MainViewModel(health);
        main.darkProperty().set(layout.dark());
        main.darkProperty().addListener((observable, before, dark) -> Themes.apply(dark));
        this.start = new StartViewModel(opener, this, executor);
        this.signIn = new SignInViewModel(new SsoSignIn(environment.ssoClients(),
                new SsoTokenCache(environment.ssoCacheDirectory()), Clock.systemUTC(), Sleeper.REAL),
                environment.awsConfigFile(), executor, browser, this::showAws);
        ControllerFactory controllers = new ControllerFactory()
                .register(StartController.class, () -> new StartController(start))
                .register(SignInController.class, () -> new SignInController(signIn))
                .register(MainController.class, () -> new MainController(main, this))
                .register(StoreHealthController.class, () -> new StoreHealthController(health));
        this.loader = new ViewLoader(controllers);
    }

    /** Shows the first window: the start screen. */
    public void show() {
        Themes.apply(layout.dark());
        Scene scene = new Scene(loader.load(FxmlView.START).root(), layout.width(), layout.height());
        scene.getStylesheets().add(Themes.appStylesheet());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        if (layout.hasPosition()) {
            stage.setX(layout.x());
            stage.setY(layout.y());
        }
        stage.setMaximized(layout.maximized());
        stage.setOnCloseRequest(event -> saveLayout());
        stage.show();
    }

    public StoreOpener opener() {
        return opener;
    }

    public StartViewModel startViewModel() {
        return start;
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    @Override
    public void showStart() {
        stage.getScene().setRoot(loader.load(FxmlView.START).root());
    }

    @Override
    public void showMain(EvidenceStore store) {
        if (mainRoot == null) {
            mainRoot = loader.load(FxmlView.MAIN).root();
        }
        main.open(store);
        stage.getScene().setRoot(mainRoot);
    }

    /** After AWS sign-in: the main window with the signed-in role (queries run in Athena). */
    public void showAws(AwsSession session) {
        if (mainRoot == null) {
            mainRoot = loader.load(FxmlView.MAIN).root();
        }
        main.signedIn(session);
        stage.getScene().setRoot(mainRoot);
    }

    public SignInViewModel signInViewModel() {
        return signIn;
    }

    @Override
    public void openInBrowser(String url) {
        browser.accept(url);
    }

    /** Remembers the window for the next launch; a failure to save is not worth an error dialog. */
    public void saveLayout() {
        layout = new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                layout.navigationDivider(), main.darkProperty().get());
        try {
            layoutStore.save(layout);
        } catch (IOException e) {
            System.err.println("evidex: cannot save the window layout: " + e.getMessage());
        }
    }

    public void close() {
        saveLayout();
        executor.close();
    }
}
