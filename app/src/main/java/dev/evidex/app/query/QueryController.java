package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.inspect.RecordReference;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/** Binds the query browser: pack tree, question and form, results, chart and SQL. */
public final class QueryController {
    private static final KeyCombination RUN = KeyCombination.keyCombination("Shortcut+Enter");

    private final QueryViewModel viewModel;
    private final Consumer<RecordReference> inspector;
    private final javafx.event.EventHandler<KeyEvent> shortcuts = this::shortcut;

    @FXML private SplitPane queryRoot;
    @FXML private TextField querySearch;
    @FXML private TreeView<Object> queryTree;
    @FXML private Label queryTitle;
    @FXML private Label queryQuestion;
    @FXML private Label queryControls;
    @FXML private GridPane parameterForm;
    @FXML private Button runButton;
    @FXML private Button cancelQueryButton;
    @FXML private ProgressIndicator queryProgress;
    @FXML private TextField resultFilter;
    @FXML private Label rowCount;
    @FXML private TableView<ResultRow> resultTable;
    @FXML private StackPane chartPane;
    @FXML private TextArea sqlText;
    @FXML private Label queryStatus;

    public QueryController(QueryViewModel viewModel, Consumer<RecordReference> inspector) {
        this.viewModel = requireNonNull(viewModel, "viewModel is null");
        this.inspector = requireNonNull(inspector, "inspector is null");
    }

    @FXML
    private void initialize() {
        querySearch.textProperty().bindBidirectional(viewModel.searchProperty());
        QueryTreeItems.bind(queryTree, viewModel.tree());
        queryTree.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                selectFromTree(after));
        viewModel.selectedProperty().addListener((observable, before, after) -> showQuery(after));
        showQuery(viewModel.selectedProperty().get());
        ParameterForms.bind(parameterForm, viewModel.parameters(), viewModel::clock);
        BooleanExpression busy = viewModel.runningProperty().or(viewModel.openingProperty());
        runButton.disableProperty().bind(busy.or(Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get().isEmpty(), viewModel.selectedProperty())));
        cancelQueryButton.disableProperty().bind(busy.not());
        queryProgress.visibleProperty().bind(busy);
        queryProgress.progressProperty().bind(viewModel.progressProperty());
        resultFilter.textProperty().bindBidirectional(viewModel.filterProperty());
        rowCount.textProperty().bind(viewModel.rowCountProperty());
        queryStatus.textProperty().bind(viewModel.statusProperty());
        ResultTables.bind(resultTable, viewModel, this::inspect);
        viewModel.chartProperty().addListener((observable, before, after) -> Charts.show(chartPane, after));
        Charts.show(chartPane, Optional.empty());
        // On the scene, so the shortcuts work wherever the focus is in the main window.
        queryRoot.sceneProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
    }

    private void shortcut(KeyEvent event) {
        if (!queryRoot.isVisible() || queryRoot.getScene() == null) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER && RUN.match(event)) {
            viewModel.run();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE
                && (viewModel.runningProperty().get() || viewModel.openingProperty().get())) {
            viewModel.cancel();
            event.consume();
        }
    }

    private void selectFromTree(TreeItem<Object> item) {
        if (item != null && item.getValue() instanceof QuerySpec query) {
            viewModel.selectedProperty().set(Optional.of(query));
        }
    }

    private void showQuery(Optional<QuerySpec> query) {
        queryTitle.setText(query.map(QuerySpec::title).orElse(Messages.get("query.choose")));
        queryQuestion.setText(query.map(QuerySpec::question).orElse(""));
        queryControls.setText(query.map(q -> Messages.format("query.hitrust", String.join("; ", q.hitrustControls()))
                + (q.hipaaCitations().isEmpty() ? "" : Messages.format("query.hipaa", String.join("; ", q.hipaaCitations()))))
                .orElse(""));
        sqlText.setText(query.map(QuerySpec::sql).orElse(""));
    }

    private void inspect(ResultRow row) {
        RecordReference.of(viewModel.columns(), row).ifPresent(inspector);
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void copySql() {
        Clipboards.copy(sqlText.getText());
    }
}
