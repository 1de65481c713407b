package dev.evidex.app.query;

import dev.evidex.app.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** Builds the pack tree (category, control, query) from the view model's groups. */
final class QueryTreeItems {
    private QueryTreeItems() {}

    static void bind(TreeView<Object> tree, ObservableList<ControlGroups.Domain> domains) {
        tree.setShowRoot(false);
        tree.setRoot(build(domains));
        domains.addListener((ListChangeListener<ControlGroups.Domain>) change -> tree.setRoot(build(domains)));
    }

    private static TreeItem<Object> build(ObservableList<ControlGroups.Domain> domains) {
        TreeItem<Object> root = new TreeItem<>(Messages.get("query.pack"));
        for (ControlGroups.Domain domain : domains) {
            TreeItem<Object> domainItem = new TreeItem<>(domain.name());
            domainItem.setExpanded(true);
            for (ControlGroups.Control control : domain.controls()) {
                TreeItem<Object> controlItem = new TreeItem<>(control.name());
                controlItem.setExpanded(true);
                control.queries().forEach(query -> controlItem.getChildren().add(new TreeItem<>(query)));
                domainItem.getChildren().add(controlItem);
            }
            root.getChildren().add(domainItem);
        }
        return root;
    }
}
