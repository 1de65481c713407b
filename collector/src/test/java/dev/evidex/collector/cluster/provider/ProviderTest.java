package dev.evidex.collector.cluster.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.CollectorServer;
import dev.evidex.collector.cluster.ServerSettings;
import dev.evidex.collector.cluster.StoreContents;
import dev.evidex.collector.cluster.StoreContents.TestKey;
import dev.evidex.collector.cluster.http.ServerHarnessAccess;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.seal.SealVerifier;
import dev.evidex.verification.store.LocalStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderTest {
    static final String SIGNED_WITH_SBOM = "sha256:" + "1".repeat(64);
    static final String SIGNED_ONLY = "sha256:" + "2".repeat(64);
    static final String SBOM_ONLY = "sha256:" + "3".repeat(64);
    static final String SIGNED_BY_OTHER_KEY = "sha256:" + "4".repeat(64);
    static final String IN_UNTRUSTED_LOG = "sha256:" + "5".repeat(64);

    @TempDir
    Path directory;
    TestKey sealKey;
    TestKey pipelineKey;
    TestKey otherKey;
    LocalStore store;

    @BeforeEach
    void ciEvidence() throws Exception {
        sealKey = TestKey.generate();
        pipelineKey = TestKey.generate();
        otherKey = TestKey.generate();
        store = LocalStore.open(directory.resolve("store"));
        String pipelineId = PublicKeys.keyId(pipelineKey.pair().getPublic());
        String otherId = PublicKeys.keyId(otherKey.pair().getPublic());
        store.appender("ci-shop", sealKey.signer(), Clock.systemUTC()).append(List.of(
                signature(SIGNED_WITH_SBOM, pipelineId), sbom(SIGNED_WITH_SBOM),
                signature(SIGNED_ONLY, pipelineId), sbom(SBOM_ONLY), signature(SIGNED_BY_OTHER_KEY, otherId)));
        // The same facts in a log sealed by a key nobody trusts count for nothing.
        store.appender("ci-forged", otherKey.signer(), Clock.systemUTC()).append(List.of(
                signature(IN_UNTRUSTED_LOG, pipelineId), sbom(IN_UNTRUSTED_LOG)));
    }

    static ObjectNode signature(String digest, String keyId) {
        ObjectNode record = ci("signature", digest);
        record.put("decision", "verified");
        record.put("key_id", keyId);
        record.put("signature_kind", "cosign-simple-signing");
        return record;
    }

    static ObjectNode sbom(String digest) {
        ObjectNode record = ci("sbom", digest);
        record.put("tool", "syft");
        record.put("package_count", 12);
        return record;
    }

    static ObjectNode ci(String stream, String digest) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("stream", stream);
        record.put("time", "2026-02-01T12:00:00Z");
        record.put("source_kind", "ci");
        record.put("repository", "acme/shop");
        record.put("image", "registry.example/shop:1.4");
        record.put("digest", digest);
        return record;
    }

    private EvidenceIndex index() throws Exception {
        EvidenceIndex index = new EvidenceIndex(store.objects(), new SealVerifier(sealKey.trust()),
                Set.of(PublicKeys.keyId(pipelineKey.pair().getPublic())));
        index.refresh();
        return index;
    }

    @Test
    void onlySealedTrustedRecordsWithThePipelineKeyCount() throws Exception {
        EvidenceIndex index = index();
        assertThat(index.signature(SIGNED_WITH_SBOM)).contains("ci-shop/0/0");
        assertThat(index.sbom(SIGNED_WITH_SBOM)).contains("ci-shop/0/1");
        assertThat(index.signature(SIGNED_BY_OTHER_KEY)).isEmpty();
        assertThat(index.signature(IN_UNTRUSTED_LOG)).isEmpty();
        assertThat(index.sbom(IN_UNTRUSTED_LOG)).isEmpty();
        assertThat(index.problems()).containsOnlyKeys("ci-forged");
        assertThat(index.problems().get("ci-forged")).contains("not among the trusted keys");
    }

    @Test
    void newBatchesAreIndexedOnRefresh() throws Exception {
        EvidenceIndex index = index();
        assertThat(index.sbom(SIGNED_ONLY)).isEmpty();
        store.appender("ci-shop", sealKey.signer(), Clock.systemUTC()).append(List.of(sbom(SIGNED_ONLY)));
        index.refresh();
        assertThat(index.sbom(SIGNED_ONLY)).contains("ci-shop/1/5");
    }

    @Test
    void gatekeeperGetsAnAnswerPerImageAndEachAnswerIsEvidence() throws Exception {
        ServerSettings.Provider provider = new ServerSettings.Provider(sealKey.trust(),
                Set.of(PublicKeys.keyId(pipelineKey.pair().getPublic())), Duration.ofSeconds(60));
        List<String> images = List.of("registry.example/shop:1.4@" + SIGNED_WITH_SBOM, "registry.example/shop@" + SIGNED_ONLY,
                "registry.example/shop@" + SBOM_ONLY, "registry.example/shop:latest", "evil.example/x@" + IN_UNTRUSTED_LOG);
        String request = "{\"apiVersion\":\"externaldata.gatekeeper.sh/v1beta1\",\"kind\":\"ProviderRequest\","
                + "\"request\":{\"keys\":" + Json.mapper().writeValueAsString(images) + "}}";
        JsonNode response;
        try (CollectorServer server = ServerHarnessAccess.start(directory, TestKey.generate(), provider)) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.address().getPort() + "/provider"))
                    .header("Authorization", "Bearer " + ServerHarnessAccess.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            response = Json.mapper().readTree(answer.body());
            HttpResponse<String> malformed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.address().getPort() + "/provider"))
                    .header("Authorization", "Bearer " + ServerHarnessAccess.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ProviderRequest\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(malformed.statusCode()).isEqualTo(400);
        }
        assertThat(response.path("apiVersion").asText()).isEqualTo("externaldata.gatekeeper.sh/v1beta1");
        assertThat(response.path("kind").asText()).isEqualTo("ProviderResponse");
        JsonNode items = response.path("response").path("items");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).path("key").asText()).isEqualTo(images.get(0));
        assertThat(items.get(0).path("value").path("decision").asText()).isEqualTo("allowed");
        assertThat(items.get(0).path("value").path("signature_evidence").asText()).isEqualTo("ci-shop/0/0");
        assertThat(items.get(1).path("value").path("reason").asText()).isEqualTo("no SBOM in the evidence store");
        assertThat(items.get(2).path("value").path("reason").asText()).contains("no signature verified under the pipeline key");
        assertThat(items.get(3).path("value").path("reason").asText()).contains("not pinned by digest");
        assertThat(items.get(4).path("value").path("decision").asText()).isEqualTo("denied");
        List<JsonNode> decisions = StoreContents.records(store.objects()).stream()
                .filter(record -> record.path("stream").asText().equals("provider")).toList();
        assertThat(decisions).extracting(record -> record.path("decision").asText())
                .containsExactly("allowed", "denied", "denied", "denied", "denied");
        assertThat(decisions.get(0).path("log").asText()).isEqualTo("cluster-test");
        assertThat(decisions.get(0).path("digest").asText()).isEqualTo(SIGNED_WITH_SBOM);
        assertThat(decisions.get(0).path("image").asText()).isEqualTo("registry.example/shop:1.4");
        assertThat(decisions.get(3).has("digest")).isFalse();
    }
}
