package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.reform.manifests.KubernetesManifests.Resource;

/** deploy/k8s: for each service a Deployment, Service, HPA, PDB and ConfigMap that fit together and fit the service. */
class KubernetesManifestsTest {

    static final List<String> SERVICES = ServiceModule.NAMES;

    private final KubernetesManifests manifests = KubernetesManifests.load();

    @Test
    void everyYamlFileUnderK8sParsesAndEveryResourceHasKindNameAndApiVersion() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DeployTree.k8s())) {
            files = walk.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) {
            for (Map<String, Object> document : DeployTree.yamlDocuments(file)) {
                assertThat(document).as(file + " document").containsKeys("apiVersion", "kind");
                if (!"Kustomization".equals(document.get("kind"))) {
                    assertThat(YamlTree.at(document, "metadata.name")).as(file + " metadata.name").isNotNull();
                }
            }
        }
        assertThat(KubernetesManifests.resourceFiles()).allSatisfy(file -> assertThat(file).isRegularFile());
    }

    @Test
    void resourceNamesAreUniquePerKind() {
        List<String> keys = manifests.all().stream().map(resource -> resource.kind() + "/" + resource.name()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void kustomizationSetsTheNamespaceAndAnImageForEveryService() {
        Map<String, Object> kustomization = KubernetesManifests.kustomization();
        assertThat(kustomization.get("namespace")).isEqualTo("reform");
        List<Object> images = YamlTree.requiredList(kustomization, "images", "kustomization.yaml");
        for (String service : SERVICES) {
            assertThat(images).as("kustomization images").anySatisfy(image ->
                    assertThat(YamlTree.map(image, "image").get("name")).isEqualTo(image(service)));
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void deploymentRunsTwoNonRootReplicasWithResources(String service) {
        Resource deployment = manifests.get("Deployment", service);
        assertThat(YamlTree.at(deployment.body(), "spec.replicas")).as(deployment.where()).isEqualTo(2);
        Map<String, Object> container = KubernetesManifests.container(deployment);
        assertThat(container.get("image")).isEqualTo(image(service) + ":0.1.0");
        for (String resource : List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")) {
            assertThat(YamlTree.at(YamlTree.requiredMap(container, "resources", service), resource))
                    .as(deployment.where() + " resources." + resource).isNotNull();
        }
        Map<String, Object> pod = KubernetesManifests.podSpec(deployment);
        assertThat(YamlTree.at(pod, "securityContext.runAsNonRoot")).as(service).isEqualTo(true);
        assertThat(YamlTree.at(pod, "securityContext.runAsUser")).as(service).isEqualTo(DockerfileTest.IMAGE_USER);
        assertThat(YamlTree.at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(YamlTree.at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(String.valueOf(container.get("volumeMounts"))).as("a writable /tmp for the JVM and Tomcat")
                .contains("mountPath=/tmp");
        assertThat(String.valueOf(YamlTree.at(container, "env"))).contains("MaxRAMPercentage");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void probesUseTheActuatorHealthGroupsOnTheServicePort(String service) {
        Resource deployment = manifests.get("Deployment", service);
        Map<String, Object> container = KubernetesManifests.container(deployment);
        int port = Contracts.servicePorts().get(service);
        Map<String, Object> containerPort = YamlTree.map(YamlTree.requiredList(container, "ports", service).get(0), service);
        assertThat(containerPort.get("containerPort")).as(service + " containerPort").isEqualTo(port);
        Map<String, String> paths = Map.of("startupProbe", "/actuator/health/liveness",
                "livenessProbe", "/actuator/health/liveness", "readinessProbe", "/actuator/health/readiness");
        paths.forEach((probe, path) -> {
            Map<String, Object> httpGet = YamlTree.requiredMap(container, probe + ".httpGet", deployment.where());
            assertThat(httpGet.get("path")).as(service + " " + probe).isEqualTo(path);
            assertThat(httpGet.get("port")).as(service + " " + probe + " port")
                    .isIn(port, containerPort.get("name"));
        });
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceSelectsThePodsAndExposesTheContainerPort(String service) {
        Resource deployment = manifests.get("Deployment", service);
        Resource kubeService = manifests.get("Service", service);
        Map<String, Object> podLabels = YamlTree.requiredMap(deployment.body(), "spec.template.metadata.labels", service);
        Map<String, Object> selector = YamlTree.requiredMap(kubeService.spec(), "selector", kubeService.where());
        assertThat(podLabels).as(service + " pods carry the Service selector").containsAllEntriesOf(selector);
        assertThat(podLabels).containsAllEntriesOf(
                YamlTree.requiredMap(deployment.spec(), "selector.matchLabels", deployment.where()));
        Map<String, Object> servicePort = YamlTree.map(YamlTree.requiredList(kubeService.spec(), "ports", service).get(0), service);
        assertThat(servicePort.get("port")).isEqualTo(Contracts.servicePorts().get(service));
        Map<String, Object> containerPort = YamlTree.map(
                YamlTree.requiredList(KubernetesManifests.container(deployment), "ports", service).get(0), service);
        assertThat(servicePort.get("targetPort")).isIn(containerPort.get("name"), containerPort.get("containerPort"));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void autoscalerAndDisruptionBudgetKeepAtLeastTwoAndOneReplicas(String service) {
        Resource hpa = manifests.get("HorizontalPodAutoscaler", service);
        assertThat(YamlTree.text(hpa.body().get("apiVersion"))).isEqualTo("autoscaling/v2");
        assertThat(YamlTree.at(hpa.spec(), "scaleTargetRef.kind")).isEqualTo("Deployment");
        assertThat(YamlTree.at(hpa.spec(), "scaleTargetRef.name")).isEqualTo(service);
        assertThat((Integer) hpa.spec().get("minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) hpa.spec().get("maxReplicas")).isGreaterThan((Integer) hpa.spec().get("minReplicas"));
        assertThat(String.valueOf(hpa.spec().get("metrics"))).contains("name=cpu");

        Resource pdb = manifests.get("PodDisruptionBudget", service);
        assertThat(pdb.spec().get("minAvailable")).isEqualTo(1);
        Map<String, Object> podLabels = YamlTree.requiredMap(
                manifests.get("Deployment", service).body(), "spec.template.metadata.labels", service);
        assertThat(podLabels).containsAllEntriesOf(YamlTree.requiredMap(pdb.spec(), "selector.matchLabels", pdb.where()));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void configurationComesFromConfigMapsAndSecretsThatExist(String service) {
        Map<String, String> env = manifests.environment(manifests.get("Deployment", service));
        assertThat(env).containsEntry("SERVER_PORT", String.valueOf(Contracts.servicePorts().get(service)))
                .containsKeys("MONGODB_URI", "MONGODB_DATABASE", "INTERNAL_TOKEN_SECRET");
        assertThat(env.get("MONGODB_URI")).contains("replicaSet=", "w=majority");
        if (!service.equals("gateway")) {
            assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "reform-kafka-kafka-bootstrap:9092")
                    .containsEntry("REFORM_TOPIC_REPLICAS", "3");
        }
    }

    @Test
    void secretsHoldPlaceholdersOnly() {
        for (Resource secret : manifests.ofKind("Secret")) {
            YamlTree.requiredMap(secret.body(), "stringData", secret.where()).forEach((key, value) ->
                    assertThat(String.valueOf(value)).as(secret.where() + " " + key).contains("REPLACE-ME"));
        }
    }

    @Test
    void gatewayRoutesToTheServicesByTheirServiceNamesAndPorts() {
        Map<String, String> env = manifests.environment(manifests.get("Deployment", "gateway"));
        Map<String, String> routes = Map.of("SUBMISSION_URL", "submission-service",
                "AGGREGATION_URL", "aggregation-service", "NOTIFICATION_URL", "notification-service");
        routes.forEach((variable, target) -> {
            URI uri = URI.create(env.get(variable));
            assertThat(uri.getHost()).as(variable).isEqualTo(manifests.get("Service", target).name());
            assertThat(uri.getPort()).as(variable).isEqualTo(Contracts.servicePorts().get(target));
        });
        Resource ingress = manifests.get("Ingress", "gateway");
        assertThat(String.valueOf(ingress.spec().get("rules"))).contains("name=gateway");
    }

    private static String image(String service) {
        return "reform/" + service;
    }
}
