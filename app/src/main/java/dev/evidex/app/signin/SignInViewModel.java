package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** The AWS sign-in wizard: target, device code, account and role. Every AWS call runs in a task. */
public final class SignInViewModel {
    private final SsoSignIn signIn;
    private final Path awsConfig;
    private final Executor executor;
    private final Consumer<String> browser;
    private final Consumer<AwsSession> onSignedIn;
    private final ObservableList<SsoProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<SsoProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty startUrl = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("us-east-1");
    private final ObjectProperty<SignInState> state = new SimpleObjectProperty<>(SignInState.IDLE);
    private final StringProperty userCode = new SimpleStringProperty("");
    private final StringProperty verificationUrl = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<SsoAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<SsoAccount> account = new SimpleObjectProperty<>();
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ObjectProperty<String> role = new SimpleObjectProperty<>();
    private Optional<Task<?>> running = Optional.empty();
    private Optional<SsoToken> token = Optional.empty();
    private Optional<SsoTarget> target = Optional.empty();

    public SignInViewModel(SsoSignIn signIn, Path awsConfig, Executor executor, Consumer<String> browser,
            Consumer<AwsSession> onSignedIn) {
        this.signIn = requireNonNull(signIn, "signIn is null");
        this.awsConfig = requireNonNull(awsConfig, "awsConfig is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.browser = requireNonNull(browser, "browser is null");
        this.onSignedIn = requireNonNull(onSignedIn, "onSignedIn is null");
        profile.addListener((observable, before, after) -> {
            if (after != null) {
                startUrl.set(after.target().startUrl());
                region.set(after.target().region());
            }
        });
        account.addListener((observable, before, after) -> loadRoles(after));
    }

    public void loadProfiles() {
        run(() -> AwsConfigFile.read(awsConfig), profiles::setAll, Messages.format("signin.cannotRead", awsConfig));
    }

    public void signIn() {
        SsoTarget chosen;
        try {
            chosen = profile.get() != null && profile.get().target().startUrl().equals(startUrl.get().trim())
                    ? profile.get().target() : new SsoTarget(startUrl.get().trim(), region.get().trim(), Optional.empty());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        target = Optional.of(chosen);
        state.set(SignInState.WAITING_FOR_APPROVAL);
        message.set(Messages.get("signin.starting"));
        run(() -> signIn.signIn(chosen, code -> Platform.runLater(() -> showCode(code)), this::cancelled),
                this::signedIn, Messages.get("signin.failed"));
    }

    private void showCode(DeviceCode code) {
        userCode.set(code.userCode());
        verificationUrl.set(code.verificationUriComplete());
        message.set(Messages.get("signin.approve"));
        browser.accept(code.verificationUriComplete());
    }

    private void signedIn(SsoToken value) {
        token = Optional.of(value);
        userCode.set("");
        state.set(SignInState.CHOOSING_ROLE);
        message.set(Messages.get("signin.chooseRole"));
        SsoTarget chosen = target.orElseThrow();
        run(() -> signIn.accounts(chosen, value), list -> {
            accounts.setAll(list);
            if (list.isEmpty()) {
                message.set(Messages.get("signin.noAccounts"));
            }
            preselect(list);
        }, Messages.get("signin.cannotListAccounts"));
    }

    private void preselect(List<SsoAccount> list) {
        Optional.ofNullable(profile.get()).flatMap(SsoProfile::accountId).flatMap(id -> list.stream()
                .filter(a -> a.accountId().equals(id)).findFirst()).ifPresent(account::set);
    }

    private void loadRoles(SsoAccount chosen) {
        roles.clear();
        if (chosen == null || token.isEmpty()) {
            return;
        }
        SsoToken current = token.get();
        run(() -> signIn.roles(target.orElseThrow(), current, chosen.accountId()), list -> {
            roles.setAll(list);
            Optional.ofNullable(profile.get()).flatMap(SsoProfile::roleName).filter(list::contains).ifPresent(role::set);
        }, Messages.get("signin.cannotListRoles"));
    }

    /** Gets credentials for the chosen role and hands the session to the app. */
    public void useRole() {
        if (token.isEmpty() || account.get() == null || role.get() == null) {
            return;
        }
        SsoTarget chosen = target.orElseThrow();
        SsoAccount chosenAccount = account.get();
        String chosenRole = role.get();
        SsoToken current = token.get();
        run(() -> signIn.credentials(chosen, current, chosenAccount.accountId(), chosenRole), credentials -> {
            state.set(SignInState.SIGNED_IN);
            message.set(Messages.format("signin.signedIn", chosenRole, chosenAccount));
            onSignedIn.accept(new AwsSession(chosen, chosenAccount, chosenRole, credentials));
        }, Messages.get("signin.cannotGetCredentials"));
    }

    public void cancel() {
        running.ifPresent(Task::cancel);
    }

    public void signOut() {
        Optional<SsoTarget> chosen = target;
        token = Optional.empty();
        accounts.clear();
        roles.clear();
        state.set(SignInState.IDLE);
        chosen.ifPresent(value -> run(() -> signIn.signOut(value), removed -> message.set(Messages.get("signin.signedOut")),
                Messages.get("signin.cannotSignOut")));
    }

    private boolean cancelled() {
        return running.map(Task::isCancelled).orElse(false);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, String failure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> fail(failure + ": " + task.getException().getMessage()));
        task.setOnCancelled(event -> {
            state.set(SignInState.IDLE);
            userCode.set("");
            message.set(Messages.get("signin.cancelled"));
        });
        running = Optional.of(task);
        executor.execute(task);
    }

    private void fail(String text) {
        state.set(SignInState.FAILED);
        userCode.set("");
        message.set(text);
    }

    public ObservableList<SsoProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<SsoProfile> profileProperty() {
        return profile;
    }

    public StringProperty startUrlProperty() {
        return startUrl;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public ObjectProperty<SignInState> stateProperty() {
        return state;
    }

    public StringProperty userCodeProperty() {
        return userCode;
    }

    public StringProperty verificationUrlProperty() {
        return verificationUrl;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<SsoAccount> accounts() {
        return accounts;
    }

    public ObjectProperty<SsoAccount> accountProperty() {
        return account;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public ObjectProperty<String> roleProperty() {
        return role;
    }
}
