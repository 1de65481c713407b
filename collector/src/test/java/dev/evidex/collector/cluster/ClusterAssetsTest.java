package dev.evidex.collector.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.evidex.collector.cli.CollectorMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployable assets in {@code src/cluster/}: every YAML document parses and carries what
 * Kubernetes, the API server and Gatekeeper require, the Deployment runs hardened and calls
 * {@code serve} only with options that exist, and the pieces name each other consistently.
 * Rego is checked for structure here; no Rego evaluator runs on the JVM (see the README).
 */
class ClusterAssetsTest {
    private static final Path ASSETS = Path.of(System.getProperty("user.dir")).getParent().resolve("src/cluster");
    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ASSETS)) {
            // Helm values are chart input, not Kubernetes objects; they are checked below.
            return files.filter(file -> file.toString().endsWith(".yaml") && !file.endsWith("helm-values.yaml"))
                    .sorted().toList().stream();
        }
    }

    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static JsonNode find(String file, String kind) throws IOException {
        return documents(ASSETS.resolve(file)).stream().filter(document -> document.path("kind").asText().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError(file + " has no " + kind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void everyDocumentParsesAndNamesItsKind(Path file) throws IOException {
        List<JsonNode> documents = documents(file);
        assertThat(documents).isNotEmpty();
        for (JsonNode document : documents) {
            assertThat(document.path("apiVersion").asText()).as(file + " apiVersion").isNotEmpty();
            assertThat(document.path("kind").asText()).as(file + " kind").isNotEmpty();
            if (!Set.of("Config", "Policy").contains(document.path("kind").asText())) {
                assertThat(document.path("metadata").path("name").asText()).as(file + " metadata.name").isNotEmpty();
            }
        }
    }

    @Test
    void theDeploymentRunsHardenedWithProbesAndLimits() throws IOException {
        JsonNode pod = find("collector.yaml", "Deployment").path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("securityContext").path("capabilities").path("drop").toString()).contains("ALL");
        assertThat(container.path("resources").path("limits").path("cpu").asText()).isNotEmpty();
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/healthz");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/readyz");
        assertThat(container.path("readinessProbe").path("httpGet").path("scheme").asText()).isEqualTo("HTTPS");
        Set<String> mounted = new java.util.HashSet<>();
        container.path("volumeMounts").forEach(mount -> mounted.add(mount.path("name").asText()));
        Set<String> declared = new java.util.HashSet<>();
        pod.path("volumes").forEach(volume -> declared.add(volume.path("name").asText()));
        assertThat(declared).containsAll(mounted);
    }

    @Test
    void theDeploymentCallsServeOnlyWithOptionsThatExist() throws IOException {
        JsonNode container = find("collector.yaml", "Deployment").path("spec").path("template").path("spec")
                .path("containers").get(0);
        List<String> arguments = new ArrayList<>();
        container.path("args").forEach(argument -> arguments.add(argument.asText()));
        assertThat(arguments.get(0)).isEqualTo("serve");
        Set<String> known = CollectorMain.commandLine().getSubcommands().get("serve").getCommandSpec().optionsMap().keySet();
        List<String> used = arguments.subList(1, arguments.size()).stream().map(argument -> argument.split("=", 2)[0]).toList();
        assertThat(known).containsAll(used);
        assertThat(used).contains("--tls-cert", "--tls-key", "--spool", "--store", "--signing-key", "--cluster");
        assertThat(used).doesNotContain("--insecure-listen");
    }

    @Test
    void serviceNetworkPolicyAndDisruptionBudgetSelectTheCollector() throws IOException {
        JsonNode labels = find("collector.yaml", "Deployment").path("spec").path("template").path("metadata").path("labels");
        assertThat(find("collector.yaml", "Service").path("spec").path("selector")).isEqualTo(labels);
        assertThat(find("collector.yaml", "NetworkPolicy").path("spec").path("podSelector").path("matchLabels")).isEqualTo(labels);
        assertThat(find("collector.yaml", "PodDisruptionBudget").path("spec").path("selector").path("matchLabels")).isEqualTo(labels);
        assertThat(find("collector.yaml", "Service").path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(8443);
        assertThat(find("collector.yaml", "NetworkPolicy").path("spec").path("ingress").get(0).path("ports").get(0)
                .path("port").asInt()).isEqualTo(8443);
    }

    @Test
    void theApiServerSendsAdmissionRequestsToTheAuditEndpoint() throws IOException {
        JsonNode policy = find("apiserver/audit-policy.yaml", "Policy");
        assertThat(policy.path("apiVersion").asText()).isEqualTo("audit.k8s.io/v1");
        assertThat(policy.path("omitStages").toString()).contains("RequestReceived");
        JsonNode first = policy.path("rules").get(0);
        assertThat(first.path("level").asText()).isIn("Request", "RequestResponse");
        assertThat(first.path("resources").toString()).contains("pods", "deployments", "cronjobs");
        JsonNode kubeconfig = find("apiserver/audit-webhook-kubeconfig.yaml", "Config");
        String server = kubeconfig.path("clusters").get(0).path("cluster").path("server").asText();
        assertThat(server).startsWith("https://").endsWith("/k8s-audit");
        assertThat(kubeconfig.path("current-context").asText()).isEqualTo(kubeconfig.path("contexts").get(0).path("name").asText());
        assertThat(Files.readString(ASSETS.resolve("apiserver/kube-apiserver-flags.txt")))
                .contains("--audit-webhook-config-file=").contains("--audit-webhook-version=audit.k8s.io/v1");
    }

    @Test
    void gatekeeperTemplateConstraintAndProviderFitTogether() throws IOException {
        JsonNode provider = find("gatekeeper/provider.yaml", "Provider");
        assertThat(provider.path("apiVersion").asText()).isEqualTo("externaldata.gatekeeper.sh/v1beta1");
        assertThat(provider.path("spec").path("url").asText()).startsWith("https://").endsWith("/provider");
        assertThat(provider.path("spec").path("timeout").asInt()).isBetween(1, 10);
        assertThat(provider.path("spec").path("caBundle").asText()).isNotEmpty();
        JsonNode template = find("gatekeeper/constrainttemplate.yaml", "ConstraintTemplate");
        String kind = template.path("spec").path("crd").path("spec").path("names").path("kind").asText();
        assertThat(template.path("metadata").path("name").asText()).isEqualTo(kind.toLowerCase(java.util.Locale.ROOT));
        JsonNode constraint = find("gatekeeper/constraint.yaml", kind);
        assertThat(constraint.path("apiVersion").asText()).startsWith("constraints.gatekeeper.sh/");
        assertThat(constraint.path("spec").path("match").path("kinds").toString()).contains("Pod", "Deployment");
        String rego = template.path("spec").path("targets").get(0).path("rego").asText();
        assertThat(template.path("spec").path("targets").get(0).path("target").asText()).isEqualTo("admission.k8s.gatekeeper.sh");
        assertThat(rego).contains("package " + kind.toLowerCase(java.util.Locale.ROOT))
                .contains("violation contains {\"msg\": msg}")
                .contains("external_data({\"provider\": \"" + provider.path("metadata").path("name").asText() + "\"")
                .contains("system_error").contains("answer.errors").contains("decision != \"allowed\"");
        assertThat(balanced(rego)).as("balanced brackets in the Rego").isTrue();
        assertThat(YAML.readTree(ASSETS.resolve("gatekeeper/helm-values.yaml").toFile()).path("logDenies").asBoolean()).isTrue();
    }

    @Test
    void regoCompilesWhenOpaIsInstalled() throws Exception {
        Path opa = Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(dir -> Path.of(dir, "opa"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(opa != null, "no Rego evaluator on the JVM and no opa binary on PATH: Rego compilation is checked with"
                + " 'opa parse' / 'gator verify' as src/cluster/README.md describes");
        String rego = find("gatekeeper/constrainttemplate.yaml", "ConstraintTemplate").path("spec").path("targets").get(0)
                .path("rego").asText();
        Path file = Files.createTempFile("template", ".rego");
        Files.writeString(file, rego);
        Process parse = new ProcessBuilder(opa.toString(), "parse", file.toString()).redirectErrorStream(true).start();
        String output = new String(parse.getInputStream().readAllBytes());
        assertThat(parse.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(parse.exitValue()).as(output).isZero();
    }

    private static boolean balanced(String text) {
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && "([{".indexOf(c) >= 0) {
                open.push(c);
            } else if (!inString && ")]}".indexOf(c) >= 0) {
                if (open.isEmpty() || "([{".indexOf(open.pop()) != ")]}".indexOf(c)) {
                    return false;
                }
            }
        }
        return open.isEmpty() && !inString;
    }

    @Test
    void everyFileOfTheAssetsIsCoveredByATest() throws IOException {
        try (Stream<Path> files = Files.walk(ASSETS)) {
            Set<String> names = files.filter(Files::isRegularFile).map(file -> ASSETS.relativize(file).toString())
                    .collect(Collectors.toSet());
            assertThat(names).contains("collector.yaml", "apiserver/audit-policy.yaml", "apiserver/audit-webhook-kubeconfig.yaml",
                    "apiserver/kube-apiserver-flags.txt", "gatekeeper/provider.yaml", "gatekeeper/constrainttemplate.yaml",
                    "gatekeeper/constraint.yaml", "gatekeeper/helm-values.yaml", "README.md");
        }
    }
}
