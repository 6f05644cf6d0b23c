package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.reform.manifests.KubernetesManifests.Resource;

/** deploy/SCALING.md answers the questions with figures, and its figures agree with the manifests. */
class ScalingPlanTest {

    private final String plan = DeployTree.read(DeployTree.deploy().resolve("SCALING.md"));
    private final KubernetesManifests manifests = KubernetesManifests.load();

    @Test
    void answersEveryQuestionOfTheCapacityPlanInItsOwnSection() {
        for (String section : List.of("Who reports", "Reports and events per period", "Peak at the deadline",
                "Load per component", "Storage per year", "Topic design", "Data design", "Sizing",
                "first bottleneck", "Benchmark figures (from README's benchmark table)")) {
            assertThat(plan).as("SCALING.md section on " + section).containsPattern("(?m)^## .*" + Pattern.quote(section));
        }
    }

    @Test
    void statesTheReportsTopicPartitionsAndReplicationThatTheTopicsFileCreates() {
        TopicsFile.Line reports = TopicsFile.read().stream().filter(t -> t.name().equals("reform.reports")).findFirst()
                .orElseThrow();
        assertThat(plan).contains("| `reform.reports` | **" + reports.partitions() + "** |")
                .contains("**Replication factor 3, `min.insync.replicas=2`**");
    }

    @Test
    void consumerGroupsNeverOutgrowThePartitionsTheyRead() {
        int partitions = TopicsFile.read().stream().filter(t -> t.name().equals("reform.reports")).findFirst()
                .orElseThrow().partitions();
        for (String consumer : List.of("aggregation-service", "notification-service")) {
            Resource hpa = manifests.get("HorizontalPodAutoscaler", consumer);
            int maxPods = (Integer) hpa.spec().get("maxReplicas");
            Map<String, String> env = manifests.environment(manifests.get("Deployment", consumer));
            int threads = Integer.parseInt(env.getOrDefault(consumer.equals("aggregation-service")
                    ? "AGGREGATION_CONSUMER_CONCURRENCY" : "NOTIFICATION_CONSUMER_CONCURRENCY", "1"));
            assertThat(maxPods * threads).as(consumer + ": max pods × consumer threads ≤ partitions of reform.reports")
                    .isLessThanOrEqualTo(partitions);
            assertThat(plan).contains(consumer.equals("aggregation-service") ? "2 → 12" : "2 → 4");
            assertThat(maxPods).isEqualTo(consumer.equals("aggregation-service") ? 12 : 4);
        }
    }

    @Test
    void everyHorizontalPodAutoscalerRangeIsTheOneThePlanSizes() {
        Matcher row = Pattern.compile("(?m)^\\| (gateway|submission-service|aggregation-service|notification-service) \\| "
                + "(\\d+) → (\\d+)").matcher(plan);
        int rows = 0;
        while (row.find()) {
            Resource hpa = manifests.get("HorizontalPodAutoscaler", row.group(1));
            assertThat(hpa.spec().get("minReplicas")).as(row.group(1)).isEqualTo(Integer.parseInt(row.group(2)));
            assertThat(hpa.spec().get("maxReplicas")).as(row.group(1)).isEqualTo(Integer.parseInt(row.group(3)));
            rows++;
        }
        assertThat(rows).as("SCALING.md §8 sizes each of the four services").isEqualTo(4);
    }
}
