package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import javafx.scene.control.TreeItem;

/** A JSON document as an expandable tree of {@code name: value} items. */
final class JsonTrees {
    private JsonTrees() {}

    static TreeItem<String> of(String name, JsonNode node) {
        if (node.isObject()) {
            TreeItem<String> item = new TreeItem<>(name + "  {" + node.size() + "}");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                item.getChildren().add(of(field.getKey(), field.getValue()));
            }
            item.setExpanded(true);
            return item;
        }
        if (node.isArray()) {
            TreeItem<String> item = new TreeItem<>(name + "  [" + node.size() + "]");
            for (int i = 0; i < node.size(); i++) {
                item.getChildren().add(of("[" + i + "]", node.get(i)));
            }
            item.setExpanded(node.size() <= 10);
            return item;
        }
        return new TreeItem<>(name + ": " + (node.isTextual() ? "\"" + node.textValue() + "\"" : node.toString()));
    }
}
