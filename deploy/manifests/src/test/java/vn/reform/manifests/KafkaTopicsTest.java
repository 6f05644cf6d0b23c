package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.reform.manifests.KubernetesManifests.Resource;

/** The topics of contracts §1, at their scale partition counts, replicated 3 with min.insync.replicas 2, in compose and k8s. */
class KafkaTopicsTest {

    private static final String STRIMZI_CLUSTER = "reform-kafka";

    private final List<Contracts.Topic> contract = Contracts.topics();
    private final KubernetesManifests manifests = KubernetesManifests.load();

    @Test
    void theContractStillAsksForReplicationThreeAndMinInsyncTwoAtScale() {
        assertThat(Contracts.text()).contains("3 with `min.insync.replicas=2` at scale");
        assertThat(contract).extracting(Contracts.Topic::name).contains("reform.reports");
    }

    @Test
    void composeCreatesExactlyTheContractTopicsWithTheirScalePartitionsAndCleanupPolicies() {
        Map<String, TopicsFile.Line> created = TopicsFile.read().stream()
                .collect(Collectors.toMap(TopicsFile.Line::name, Function.identity()));
        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(names());
        for (Contracts.Topic topic : contract) {
            TopicsFile.Line line = created.get(topic.name());
            assertThat(line.partitions()).as(topic.name() + " partitions").isEqualTo(topic.scalePartitions());
            assertThat(line.configs()).as(topic.name()).containsEntry("cleanup.policy", topic.cleanupPolicy());
        }
        assertThat(created.get("reform.reports").configs()).as("reports are kept forever (contracts §1)")
                .containsEntry("retention.ms", "-1");
    }

    @Test
    void strimziTopicsMatchTheContractAndTheComposeTopics() {
        List<Resource> topics = manifests.ofKind("KafkaTopic");
        assertThat(topics).extracting(topic -> YamlTree.at(topic.spec(), "topicName"))
                .containsExactlyInAnyOrderElementsOf(names());
        Map<String, TopicsFile.Line> compose = TopicsFile.read().stream()
                .collect(Collectors.toMap(TopicsFile.Line::name, Function.identity()));
        for (Resource topic : topics) {
            String name = String.valueOf(topic.spec().get("topicName"));
            Contracts.Topic expected = contract.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
            assertThat(topic.spec().get("partitions")).as(name).isEqualTo(expected.scalePartitions());
            assertThat(topic.spec().get("replicas")).as(name).isEqualTo(3);
            assertThat(YamlTree.at(topic.body(), "metadata.labels")).as(name)
                    .isEqualTo(Map.of("strimzi.io/cluster", STRIMZI_CLUSTER));
            Map<String, String> config = new LinkedHashMap<>();
            YamlTree.requiredMap(topic.spec(), "config", topic.where()).forEach((k, v) -> config.put(k, String.valueOf(v)));
            assertThat(config.remove("min.insync.replicas")).as(name).isEqualTo("2");
            assertThat(config).as(name + " same configs as compose/kafka/topics.txt")
                    .isEqualTo(compose.get(name).configs());
        }
    }

    @Test
    void servicesReachTheBootstrapServiceOfTheSameStrimziCluster() {
        Map<String, Object> data = YamlTree.requiredMap(manifests.get("ConfigMap", "reform-common").body(), "data", "reform-common");
        assertThat(data.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(STRIMZI_CLUSTER + "-kafka-bootstrap:9092");
        List<Map<String, Object>> example = DeployTree.yamlDocuments(DeployTree.k8s().resolve("infrastructure/kafka-cluster.yaml"));
        assertThat(example).anySatisfy(resource -> {
            assertThat(resource.get("kind")).isEqualTo("Kafka");
            assertThat(YamlTree.at(resource, "metadata.name")).isEqualTo(STRIMZI_CLUSTER);
            assertThat(YamlTree.at(resource, "spec.kafka.config")).asString()
                    .contains("min.insync.replicas=2", "default.replication.factor=3", "auto.create.topics.enable=false");
        });
    }

    private List<String> names() {
        return contract.stream().map(Contracts.Topic::name).toList();
    }
}
