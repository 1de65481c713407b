package dev.evidex.collector.cluster.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The container images of a pod or of the pod template of a workload controller. */
public final class PodImages {
    private static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");

    private PodImages() {}

    /**
     * The images in {@code object} (a Pod, a controller with {@code spec.template}, or a CronJob),
     * as {@code [{container, image, digest}]}; empty when the object holds none (Metadata-level
     * audit events carry no object at all).
     */
    public static ArrayNode of(JsonNode object) {
        ArrayNode images = JsonNodeFactory.instance.arrayNode();
        JsonNode podSpec = podSpec(object);
        for (String list : CONTAINER_LISTS) {
            for (JsonNode container : podSpec.path(list)) {
                JsonNode image = container.path("image");
                if (image.isTextual() && !image.textValue().isEmpty()) {
                    ImageReference reference = ImageReference.parse(image.textValue());
                    ObjectNode entry = images.addObject();
                    entry.put("container", container.path("name").asText(""));
                    entry.put("image", reference.image());
                    reference.digest().ifPresent(digest -> entry.put("digest", digest));
                }
            }
        }
        return images;
    }

    private static JsonNode podSpec(JsonNode object) {
        JsonNode spec = object.path("spec");
        if (spec.has("jobTemplate")) {
            return spec.path("jobTemplate").path("spec").path("template").path("spec");
        }
        if (spec.has("template")) {
            return spec.path("template").path("spec");
        }
        return spec;
    }
}
