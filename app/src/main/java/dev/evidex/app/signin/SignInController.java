package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Binds the AWS sign-in panel of the start screen. */
public final class SignInController {
    private final SignInViewModel viewModel;

    @FXML private ComboBox<SsoProfile> profileChoice;
    @FXML private TextField startUrlField;
    @FXML private TextField regionField;
    @FXML private Button signInButton;
    @FXML private Button cancelSignInButton;
    @FXML private VBox codeBox;
    @FXML private Label userCodeLabel;
    @FXML private Hyperlink verificationLink;
    @FXML private VBox roleBox;
    @FXML private ListView<SsoAccount> accountList;
    @FXML private ListView<String> roleList;
    @FXML private Button useRoleButton;
    @FXML private Button signOutButton;
    @FXML private Label signInMessage;

    public SignInController(SignInViewModel viewModel) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
    }

    @FXML
    private void initialize() {
        profileChoice.setItems(viewModel.profiles());
        profileChoice.valueProperty().bindBidirectional(viewModel.profileProperty());
        startUrlField.textProperty().bindBidirectional(viewModel.startUrlProperty());
        regionField.textProperty().bindBidirectional(viewModel.regionProperty());
        BooleanBinding waiting = is(SignInState.WAITING_FOR_APPROVAL);
        signInButton.disableProperty().bind(waiting.or(is(SignInState.CHOOSING_ROLE)));
        cancelSignInButton.disableProperty().bind(waiting.not());
        userCodeLabel.textProperty().bind(viewModel.userCodeProperty());
        verificationLink.textProperty().bind(viewModel.verificationUrlProperty());
        BooleanBinding codeShown = viewModel.userCodeProperty().isNotEmpty();
        codeBox.visibleProperty().bind(codeShown);
        codeBox.managedProperty().bind(codeShown);
        BooleanBinding choosing = is(SignInState.CHOOSING_ROLE);
        roleBox.visibleProperty().bind(choosing);
        roleBox.managedProperty().bind(choosing);
        accountList.setItems(viewModel.accounts());
        accountList.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> viewModel.accountProperty().set(after));
        viewModel.accountProperty().addListener((observable, before, after) -> accountList.getSelectionModel().select(after));
        roleList.setItems(viewModel.roles());
        roleList.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> viewModel.roleProperty().set(after));
        viewModel.roleProperty().addListener((observable, before, after) -> roleList.getSelectionModel().select(after));
        useRoleButton.disableProperty().bind(viewModel.roleProperty().isNull());
        signOutButton.disableProperty().bind(choosing.not().and(is(SignInState.SIGNED_IN).not()));
        signInMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.loadProfiles();
    }

    private BooleanBinding is(SignInState state) {
        return Bindings.createBooleanBinding(() -> viewModel.stateProperty().get() == state, viewModel.stateProperty());
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void copyCode() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.userCodeProperty().get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void useRole() {
        viewModel.useRole();
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }
}
