package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reform.manifests.KubernetesManifests.Resource;

/**
 * Without a cluster nothing else would notice a misspelt field in a pod template (the API server rejects or, worse,
 * drops unknown fields only at apply time): every field used must be one the Kubernetes API defines at that place.
 */
class KubernetesSpecKeysTest {

    private static final Set<String> POD = Set.of("containers", "initContainers", "volumes", "securityContext",
            "serviceAccountName", "automountServiceAccountToken", "terminationGracePeriodSeconds",
            "topologySpreadConstraints", "affinity", "nodeSelector", "tolerations", "restartPolicy",
            "priorityClassName", "imagePullSecrets", "dnsPolicy");
    private static final Set<String> CONTAINER = Set.of("name", "image", "imagePullPolicy", "command", "args",
            "workingDir", "ports", "envFrom", "env", "resources", "volumeMounts", "livenessProbe", "readinessProbe",
            "startupProbe", "lifecycle", "securityContext", "terminationMessagePolicy");
    private static final Set<String> PROBE = Set.of("httpGet", "exec", "tcpSocket", "grpc", "initialDelaySeconds",
            "periodSeconds", "timeoutSeconds", "failureThreshold", "successThreshold");
    private static final Set<String> POD_SECURITY = Set.of("runAsNonRoot", "runAsUser", "runAsGroup", "fsGroup",
            "seccompProfile", "supplementalGroups");
    private static final Set<String> CONTAINER_SECURITY = Set.of("allowPrivilegeEscalation", "readOnlyRootFilesystem",
            "capabilities", "runAsNonRoot", "runAsUser", "runAsGroup", "privileged", "seccompProfile");
    private static final Set<String> RESOURCES = Set.of("requests", "limits");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "Job");

    @Test
    void podTemplatesUseOnlyFieldsTheKubernetesApiDefines() {
        List<Resource> workloads = KubernetesManifests.load().all().stream()
                .filter(resource -> WORKLOADS.contains(resource.kind())).toList();
        assertThat(workloads).hasSizeGreaterThanOrEqualTo(5);
        for (Resource workload : workloads) {
            Map<String, Object> pod = KubernetesManifests.podSpec(workload);
            assertThat(POD).as(workload.where() + " pod spec").containsAll(pod.keySet());
            assertKeys(pod, "securityContext", POD_SECURITY, workload.where());
            for (Object entry : YamlTree.requiredList(pod, "containers", workload.where())) {
                Map<String, Object> container = YamlTree.map(entry, workload.where());
                assertThat(CONTAINER).as(workload.where() + " container").containsAll(container.keySet());
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    assertKeys(container, probe, PROBE, workload.where());
                }
                assertKeys(container, "securityContext", CONTAINER_SECURITY, workload.where());
                assertKeys(container, "resources", RESOURCES, workload.where());
            }
        }
    }

    private static void assertKeys(Map<String, Object> parent, String field, Set<String> allowed, String where) {
        Object node = parent.get(field);
        if (node != null) {
            assertThat(allowed).as(where + " " + field).containsAll(YamlTree.map(node, where + " " + field).keySet());
        }
    }
}
