package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** deploy/compose/compose.yaml: the cluster layout (3 Kafka nodes, 3 MongoDB members, SMTP) and the four services. */
class ComposeFileTest {

    static final List<String> KAFKA_NODES = List.of("kafka1", "kafka2", "kafka3");
    static final List<String> MONGO_NODES = List.of("mongo1", "mongo2", "mongo3");
    static final List<String> BACKENDS = List.of("submission-service", "aggregation-service", "notification-service");
    static final List<String> SERVICES = ServiceModule.NAMES;

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void kafkaIsAThreeNodeKraftClusterOfTheOfficialImageWithReplicationThreeAndNoAutoCreate() {
        for (String node : KAFKA_NODES) {
            Map<String, String> env = compose.environment(node);
            assertThat(compose.image(node)).as(node + " image").startsWith("apache/kafka:");
            assertThat(env).as(node).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE", "false");
            assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).as(node).contains("PLAINTEXT://" + node + ":9092");
            assertThat(compose.service(node).get("volumes")).as(node + " keeps its log on a volume").isNotNull();
        }
        List<String> nodeIds = KAFKA_NODES.stream().map(node -> compose.environment(node).get("KAFKA_NODE_ID")).toList();
        assertThat(nodeIds).containsExactlyInAnyOrder("1", "2", "3");
        String voters = "1@kafka1:9093,2@kafka2:9093,3@kafka3:9093";
        KAFKA_NODES.forEach(node -> {
            Map<String, String> env = compose.environment(node);
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as(node).isEqualTo(voters);
            assertThat(voters).contains(env.get("KAFKA_NODE_ID") + "@" + node + ":9093");
            assertThat(env.get("CLUSTER_ID")).as(node + " same cluster id")
                    .isEqualTo(compose.environment("kafka1").get("CLUSTER_ID"));
        });
    }

    @Test
    void mongoIsAThreeMemberReplicaSetInitiatedByAOneShotJobWithWriteConcernMajority() {
        for (String node : MONGO_NODES) {
            assertThat(compose.image(node)).as(node).isEqualTo("mongo:7");
            assertThat(YamlTree.list(compose.service(node).get("command"), node)).as(node + " command")
                    .containsSubsequence("--replSet", "rs0");
        }
        assertThat(compose.isOneShot("mongo-init")).isTrue();
        MONGO_NODES.forEach(node -> assertThat(compose.dependsOn("mongo-init")).containsEntry(node, "service_healthy"));
        String script = DeployTree.read(DeployTree.compose().resolve("mongo/init-replica-set.js"));
        assertThat(script).contains("rs.initiate(", "_id: \"rs0\"", "w: \"majority\"");
        MONGO_NODES.forEach(node -> assertThat(script).contains("host: \"" + node + ":27017\""));
        assertThat(String.valueOf(compose.service("mongo-init").get("command"))).contains("init-replica-set.js");
        assertThat(compose.service("mongo-init").get("volumes").toString()).contains("./mongo/init-replica-set.js:");
    }

    @Test
    void topicsAreCreatedByAOneShotJobOnceAllBrokersAreHealthy() {
        assertThat(compose.isOneShot("kafka-init")).isTrue();
        KAFKA_NODES.forEach(node -> assertThat(compose.dependsOn("kafka-init")).containsEntry(node, "service_healthy"));
        assertThat(compose.environment("kafka-init")).containsEntry("TOPIC_REPLICATION_FACTOR", "3")
                .containsEntry("TOPIC_MIN_INSYNC_REPLICAS", "2")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrapList());
        assertThat(Files.isRegularFile(DeployTree.compose().resolve("kafka/create-topics.sh"))).isTrue();
        assertThat(DeployTree.read(DeployTree.compose().resolve("kafka/create-topics.sh")))
                .contains("--if-not-exists", "--replication-factor", "min.insync.replicas=");
    }

    @Test
    void smtpServerHasAWebViewAndAHealthCheck() {
        assertThat(compose.image("smtp")).startsWith("axllent/mailpit:");
        assertThat(compose.service("smtp").get("ports").toString()).contains("8025:8025");
        assertThat(compose.healthcheck("smtp")).isNotBlank();
        assertThat(compose.environment("notification-service")).containsEntry("SMTP_HOST", "smtp")
                .containsEntry("SMTP_PORT", "1025");
    }

    @Test
    void everyLongRunningContainerHasAHealthCheckAndAMemoryLimit() {
        assertThat(compose.services().keySet()).containsAll(KAFKA_NODES).containsAll(MONGO_NODES)
                .containsAll(SERVICES).contains("smtp", "kafka-init", "mongo-init");
        for (String name : compose.services().keySet()) {
            assertThat(compose.memoryLimit(name)).as(name + " memory limit").matches("\\d+[MG]");
            if (!compose.isOneShot(name)) {
                assertThat(compose.healthcheck(name)).as(name + " healthcheck").isNotBlank();
            }
        }
    }

    @Test
    void dependenciesWaitForHealthOrForTheOneShotJobsToSucceed() {
        for (String name : compose.services().keySet()) {
            compose.dependsOn(name).forEach((dependency, condition) -> {
                assertThat(compose.services()).as(name + " depends on a service that exists").containsKey(dependency);
                String expected = compose.isOneShot(dependency) ? "service_completed_successfully" : "service_healthy";
                assertThat(condition).as(name + " → " + dependency).isEqualTo(expected);
            });
        }
        for (String backend : BACKENDS) {
            assertThat(compose.dependsOn(backend)).as(backend).containsKeys("kafka-init", "mongo-init");
        }
        assertThat(compose.dependsOn("notification-service")).containsKey("smtp");
        assertThat(compose.dependsOn("gateway")).containsKeys(BACKENDS.toArray(String[]::new)).containsKey("mongo-init");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceIsBuiltFromTheSharedDockerfileWithItsName(String service) {
        Map<String, Object> build = YamlTree.requiredMap(compose.service(service), "build", service);
        Path context = DeployTree.compose().resolve(String.valueOf(build.get("context"))).normalize();
        assertThat(context).as(service + " build context is the repository root").isEqualTo(DeployTree.repositoryRoot());
        assertThat(context.resolve(String.valueOf(build.get("dockerfile")))).isRegularFile()
                .isEqualTo(DeployTree.compose().resolve("Dockerfile"));
        assertThat(YamlTree.at(build, "args.SERVICE")).as(service + " build arg SERVICE").isEqualTo(service);
        assertThat(compose.image(service)).isEqualTo("reform/" + service + ":0.1.0");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceChecksItsReadinessOnItsOwnPortAndSizesItsHeapFromTheLimit(String service) {
        int port = Contracts.servicePorts().get(service);
        assertThat(compose.healthcheck(service)).as(service)
                .contains("http://localhost:" + port + "/actuator/health/readiness");
        assertThat(compose.environment(service)).containsEntry("SERVER_PORT", String.valueOf(port));
        assertThat(compose.environment(service).get("JAVA_TOOL_OPTIONS")).as(service).contains("-XX:MaxRAMPercentage=");
        assertThat(compose.service(service)).as(service + " has no fixed container name").doesNotContainKey("container_name");
    }

    @ParameterizedTest
    @FieldSource("BACKENDS")
    void everyBackendRunsTwoInstancesWithoutHostPortsAndReachesTheClusters(String backend) {
        assertThat(compose.replicas(backend)).as(backend).isEqualTo(2);
        assertThat(compose.service(backend)).as(backend + ": two replicas cannot share a host port").doesNotContainKey("ports");
        Map<String, String> env = compose.environment(backend);
        assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrapList())
                .containsEntry("REFORM_TOPIC_REPLICAS", "3");
        assertMongoUriNamesTheReplicaSet(env.get("MONGODB_URI"));
    }

    @Test
    void theGatewayIsTheOnlyPublishedServiceAndRoutesToTheLoadBalancedNames() {
        assertThat(compose.service("gateway").get("ports").toString()).contains("8080:8080");
        assertMongoUriNamesTheReplicaSet(compose.environment("gateway").get("MONGODB_URI"));
        Map<String, String> routes = Map.of("SUBMISSION_URL", "submission-service",
                "AGGREGATION_URL", "aggregation-service", "NOTIFICATION_URL", "notification-service");
        routes.forEach((variable, target) -> {
            URI uri = URI.create(compose.environment("gateway").get(variable));
            assertThat(uri.getHost()).as(variable).isEqualTo(target);
            assertThat(uri.getPort()).as(variable).isEqualTo(Contracts.servicePorts().get(target));
            assertThat(compose.replicas(target)).as(target + " behind " + variable).isEqualTo(2);
        });
    }

    @Test
    void secretsComeFromGitIgnoredEnvFilesWithCommittedExamples() {
        for (String service : SERVICES) {
            assertThat(compose.environment(service)).as(service).containsKey("INTERNAL_TOKEN_SECRET");
            Object declared = compose.service(service).get("environment");
            assertThat(YamlTree.map(declared, service)).as(service + " secret not inline")
                    .doesNotContainKey("INTERNAL_TOKEN_SECRET");
            for (Path envFile : compose.envFiles(service)) {
                assertThat(ComposeFile.exampleOf(envFile)).isRegularFile();
            }
        }
        assertThat(compose.environment("gateway")).containsKey("AUTH_TOKEN_SECRET");
        assertThat(DeployTree.read(DeployTree.compose().resolve(".gitignore"))).contains("env/*.env");
        assertThat(compose.environment("gateway").get("INTERNAL_TOKEN_SECRET")).as("at least 32 bytes").hasSizeGreaterThanOrEqualTo(32);
    }

    private static String bootstrapList() {
        return KAFKA_NODES.stream().map(node -> node + ":9092").collect(Collectors.joining(","));
    }

    private static void assertMongoUriNamesTheReplicaSet(String uri) {
        assertThat(uri).startsWith("mongodb://" + MONGO_NODES.stream().map(node -> node + ":27017")
                .collect(Collectors.joining(",")) + "/");
        List<String> options = Arrays.asList(uri.substring(uri.indexOf('?') + 1).split("&"));
        assertThat(options).contains("replicaSet=rs0", "w=majority");
    }
}
