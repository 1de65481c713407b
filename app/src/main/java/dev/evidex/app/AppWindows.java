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
import dev.evidex.app.inspect.EvidenceTrust;
import dev.evidex.app.inspect.InspectorController;
import dev.evidex.app.inspect.InspectorViewModel;
import dev.evidex.app.inspect.RecordInspector;
import dev.evidex.app.inspect.RecordReference;
import dev.evidex.app.query.AthenaQueryServices;
import dev.evidex.app.query.QueryController;
import dev.evidex.app.query.QueryServices;
import dev.evidex.app.query.QueryViewModel;
import dev.evidex.app.health.HealthTarget;
import dev.evidex.app.health.StoreHealthViewModel;
import dev.evidex.app.main.MainController;
import dev.evidex.app.main.MainViewModel;
import dev.evidex.app.settings.SettingsController;
import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.settings.SettingsViewModel;
import dev.evidex.app.settings.StoreSettings;
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
import dev.evidex.app.store.S3Evidence;
import dev.evidex.app.store.S3EvidenceObjects;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.app.store.StoreOpener;
import dev.evidex.app.export.ExportException;
import dev.evidex.app.export.ExportOrigin;
import dev.evidex.app.export.ExportWizard;
import dev.evidex.app.export.ExportWizardViewModel;
import dev.evidex.app.export.PackQuerySource;
import dev.evidex.app.export.QueryChoice;
import dev.evidex.app.export.QuerySource;
import dev.evidex.app.export.S3EvidenceSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Optional;
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
    private final QueryViewModel query;
    private final QueryServices queryServices;
    private final AthenaQueryServices athenaQueries;
    private final S3Evidence s3Evidence;
    /** The signed-in account's settings as last loaded (Athena, S3, trusted keys). */
    private StoreSettings awsSettings = StoreSettings.EMPTY;
    private final SignInViewModel signIn;
    private WindowLayout layout;
    private Parent mainRoot;
    private Optional<Stage> lastInspector = Optional.empty();
    private Optional<Stage> lastExport = Optional.empty();
    private Optional<ExportWizardViewModel> lastExportViewModel = Optional.empty();
    private Optional<Stage> lastSettings = Optional.empty();

    public AppWindows(Stage stage, AppEnvironment environment, BackgroundExecutor executor) {
        this.stage = requireNonNull(stage, "stage is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.browser = environment.browser();
        this.layoutStore = new WindowLayoutStore(environment.configDirectory());
        this.opener = new StoreOpener(new SettingsRepository(environment.configDirectory()),
                new DemoStore(environment.dataDirectory(), environment.demoGenerator()));
        this.layout = layoutStore.load();
        StoreHealthViewModel health = new StoreHealthViewModel(executor);
        this.main = new MainViewModel(health);
        main.darkProperty().set(layout.dark());
        main.darkProperty().addListener((observable, before, dark) -> Themes.apply(dark));
        this.start = new StartViewModel(opener, this, executor);
        this.query = new QueryViewModel(executor);
        this.queryServices = environment.queryServices();
        this.athenaQueries = environment.athenaQueries();
        this.s3Evidence = environment.s3Evidence();
        this.signIn = new SignInViewModel(new SsoSignIn(environment.ssoClients(),
                new SsoTokenCache(environment.ssoCacheDirectory()), Clock.systemUTC(), Sleeper.REAL),
                environment.awsConfigFile(), executor, browser, this::showAws);
        ControllerFactory controllers = new ControllerFactory()
                .register(StartController.class, () -> new StartController(start))
                .register(SignInController.class, () -> new SignInController(signIn))
                .register(MainController.class, () -> new MainController(main, this, this::openSettings, this::openExport))
                .register(StoreHealthController.class, () -> new StoreHealthController(health))
                .register(QueryController.class, () -> new QueryController(query, this::openInspector));
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
        openQueries(store);
        if (Boolean.getBoolean("evidex.timing")) {
            long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("evidex: main window on " + store.name() + " shown "
                    + (System.currentTimeMillis() - started) + " ms after JVM start");
        }
    }

    private void openQueries(EvidenceStore store) {
        query.open(store.name(), (progress, cancellation) -> queryServices.open(store, progress, cancellation));
    }

    /** The query pack on Athena with the role's credentials, as the account's settings configure it. */
    private void openAthena(AwsSession session) {
        query.open(session.account().toString(), (progress, cancellation) -> {
            StoreSettings settings = opener.settingsOf(session.settingsId());
            javafx.application.Platform.runLater(() -> {
                awsSettings = settings;
                showHealthOfBucket(session, settings);
            });
            return athenaQueries.open(settings, session.target().region(), session.credentials());
        });
    }

    /** Signed in to AWS, "Verify store" reads the whole store from the account's evidence bucket with the role. */
    private void showHealthOfBucket(AwsSession session, StoreSettings settings) {
        if (settings.evidenceBucket().isBlank()) {
            main.health().unavailable(Messages.get("health.needsBucket"));
            return;
        }
        main.health().setTarget(Optional.of(new HealthTarget(
                "s3://" + settings.evidenceBucket() + "/" + settings.evidencePrefix(),
                () -> openBucket(session, settings), () -> trustedKeysOf(settings), settings.trustedKeys().isPresent())));
    }

    /** The account's evidence bucket and prefix, read with the role (GetObject, HeadObject, ListObjectsV2 only). */
    private S3EvidenceObjects openBucket(AwsSession session, StoreSettings settings) {
        return s3Evidence.open(settings.regionOr(session.target().region()), session.credentials(),
                settings.evidenceBucket(), settings.evidencePrefix());
    }

    /** The trusted keys directory of the account's settings; none set: no key, so no signature verifies. */
    private static TrustedKeys trustedKeysOf(StoreSettings settings) throws IOException, KeyFormatException {
        Optional<Path> keys = settings.trustedKeys();
        return keys.isPresent() ? TrustedKeys.load(keys.get()) : TrustedKeys.of(List.of());
    }

    /** Opens the evidence behind a result row in its own window and re-runs its checks. */
    public void openInspector(RecordReference reference) {
        Optional<EvidenceStore> store = main.storeProperty().get();
        if (store.isPresent()) {
            EvidenceStore opened = store.get();
            showInspector(reference, new RecordInspector(opened.objects(), opened::trustedKeys,
                    EvidenceTrust.in(opened.trustedKeysDirectory())), () -> { });
        } else {
            main.awsProperty().get().ifPresent(session -> openInspectorOnS3(reference, session));
        }
    }

    /** Signed in to AWS: the raw evidence is read from the account's evidence bucket with the role. */
    private void openInspectorOnS3(RecordReference reference, AwsSession session) {
        StoreSettings settings = awsSettings;
        if (settings.evidenceBucket().isBlank()) {
            query.notice(Messages.get("inspector.needsBucket"));
            return;
        }
        S3EvidenceObjects objects = openBucket(session, settings);
        showInspector(reference, new RecordInspector(objects, () -> trustedKeysOf(settings),
                EvidenceTrust.in(settings.trustedKeys())), objects::close);
    }

    private void showInspector(RecordReference reference, RecordInspector recordInspector, Runnable onClosed) {
        InspectorViewModel inspector = new InspectorViewModel(recordInspector, executor);
        ViewLoader inspectorLoader = new ViewLoader(new ControllerFactory()
                .register(InspectorController.class, () -> new InspectorController(inspector)));
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(Messages.get("inspector.title") + " — " + reference);
        Scene scene = new Scene(inspectorLoader.load(FxmlView.INSPECTOR).root());
        scene.getStylesheets().add(Themes.appStylesheet());
        window.setScene(scene);
        window.setOnHidden(event -> {
            inspector.cancel();
            onClosed.run();
        });
        window.show();
        inspector.inspect(reference);
        lastInspector = Optional.of(window);
    }

    /**
     * The settings of the open store in a dialog; saving applies the trusted keys at once. Signed
     * in to AWS without a local store, the settings are the account's (Athena, S3), and saving
     * reopens the query pack on Athena.
     */
    public void openSettings() {
        Optional<EvidenceStore> store = main.storeProperty().get();
        Optional<AwsSession> aws = main.awsProperty().get();
        if (store.isPresent()) {
            EvidenceStore opened = store.get();
            openSettings(StoreOpener.storeId(opened), opened.name(), opened.trustedKeysDirectory(),
                    saved -> main.open(opened.withTrustedKeys(saved.trustedKeys())));
        } else if (aws.isPresent()) {
            openSettings(aws.get().settingsId(), aws.get().describe(), Optional.empty(),
                    saved -> openAthena(aws.get()));
        }
    }

    private void openSettings(String id, String name, Optional<Path> defaultTrustedKeys, Consumer<StoreSettings> onSaved) {
        SettingsViewModel settings = new SettingsViewModel(new SettingsViewModel.Storage() {
            @Override
            public StoreSettings load() throws Exception {
                StoreSettings saved = opener.settingsOf(id);
                return saved.trustedKeys().isPresent() ? saved : saved.withTrustedKeysDirectory(
                        defaultTrustedKeys.map(Object::toString).orElse(""));
            }

            @Override
            public void save(StoreSettings value) throws Exception {
                opener.saveSettings(id, value);
            }
        }, executor, onSaved);
        ViewLoader settingsLoader = new ViewLoader(new ControllerFactory()
                .register(SettingsController.class, () -> new SettingsController(settings)));
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(Messages.get("settings.title") + " — " + name);
        Scene scene = new Scene(settingsLoader.load(FxmlView.SETTINGS).root());
        scene.getStylesheets().add(Themes.appStylesheet());
        window.setScene(scene);
        window.show();
        lastSettings = Optional.of(window);
    }

    /**
     * The export wizard offering the pack's queries: over the open local store, or, signed in to
     * AWS, over the account's evidence bucket with the queries on Athena.
     */
    public void openExport() {
        Optional<EvidenceStore> store = main.storeProperty().get();
        List<QueryChoice> choices = query.queries().stream().map(spec -> new QueryChoice(spec.id(), spec.title())).toList();
        if (store.isPresent()) {
            Path root = store.get().root();
            showExport(new ExportWizardViewModel(ExportOrigin.local(root), choices, query.currentResultProperty().get(),
                    PackQuerySource.perQuery(root, Clock.systemUTC()), executor, Clock.systemUTC()));
        } else {
            main.awsProperty().get().ifPresent(session -> openExportOnS3(session, choices));
        }
    }

    /** Signed in to AWS: the evidence is read from the account's bucket, its Object Lock with it; queries run on Athena. */
    private void openExportOnS3(AwsSession session, List<QueryChoice> choices) {
        StoreSettings settings = awsSettings;
        if (settings.evidenceBucket().isBlank()) {
            query.notice(Messages.get("export.needsBucket"));
            return;
        }
        if (settings.athenaDatabase().isBlank()) {
            query.notice(Messages.get("athena.notConfigured"));
            return;
        }
        ExportOrigin origin = new ExportOrigin(() -> openS3Evidence(session, settings), settings.trustedKeys(),
                session.describe(), "sso");
        // One engine per query, closed right after: the wizard may stay open for long.
        QuerySource queries = (queryId, parameters, cancelled) -> {
            try (PackQuerySource source = new PackQuerySource(athenaQueries.pack(settings, session.target().region(),
                    session.credentials()))) {
                return source.run(queryId, parameters, cancelled);
            }
        };
        showExport(new ExportWizardViewModel(origin, choices, query.currentResultProperty().get(), queries, executor,
                Clock.systemUTC()));
    }

    private S3EvidenceSource openS3Evidence(AwsSession session, StoreSettings settings) throws ExportException {
        try {
            return new S3EvidenceSource(openBucket(session, settings), Clock.systemUTC());
        } catch (RuntimeException e) {
            throw new ExportException(Messages.format("export.s3Failed", settings.evidenceBucket(), e.getMessage()), e);
        }
    }

    private void showExport(ExportWizardViewModel viewModel) {
        lastExportViewModel = Optional.of(viewModel);
        lastExport = Optional.of(ExportWizard.open(stage, viewModel));
    }

    /** The most recently opened export wizard (tests and screenshots). */
    public Optional<Stage> lastExport() {
        return lastExport;
    }

    /** The state of the most recently opened export wizard (tests). */
    public Optional<ExportWizardViewModel> lastExportViewModel() {
        return lastExportViewModel;
    }

    /** The most recently opened settings dialog (tests and screenshots). */
    public Optional<Stage> lastSettings() {
        return lastSettings;
    }

    /** The most recently opened inspector window (tests and screenshots). */
    public Optional<Stage> lastInspector() {
        return lastInspector;
    }

    public QueryViewModel queryViewModel() {
        return query;
    }

    /** After AWS sign-in: the main window with the signed-in role; queries run in Athena. */
    public void showAws(AwsSession session) {
        if (mainRoot == null) {
            mainRoot = loader.load(FxmlView.MAIN).root();
        }
        main.signedIn(session);
        stage.getScene().setRoot(mainRoot);
        openAthena(session);
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
        query.close();
        executor.close();
    }
}
