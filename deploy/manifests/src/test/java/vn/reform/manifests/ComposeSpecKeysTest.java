package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Without Docker, nothing else would notice a misspelt key (Compose rejects unknown keys only when it runs): every key
 * used in compose.yaml must be one the Compose Specification defines at that place.
 */
class ComposeSpecKeysTest {

    private static final Set<String> TOP_LEVEL = Set.of("name", "services", "volumes", "networks", "secrets", "configs");
    private static final Set<String> SERVICE = Set.of("image", "build", "restart", "hostname", "environment", "env_file",
            "ports", "volumes", "depends_on", "healthcheck", "deploy", "command", "entrypoint", "stop_grace_period",
            "mem_limit", "user", "working_dir", "networks", "labels", "expose", "read_only", "tmpfs");
    private static final Set<String> BUILD = Set.of("context", "dockerfile", "args", "target", "labels");
    private static final Set<String> HEALTHCHECK = Set.of("test", "interval", "timeout", "retries", "start_period",
            "start_interval", "disable");
    private static final Set<String> DEPLOY = Set.of("replicas", "resources", "restart_policy", "update_config",
            "placement", "labels", "mode", "endpoint_mode");
    private static final Set<String> RESOURCES = Set.of("limits", "reservations");
    private static final Set<String> RESOURCE_AMOUNTS = Set.of("memory", "cpus", "pids");
    private static final Set<String> ENV_FILE = Set.of("path", "required", "format");
    private static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");
    private static final Set<String> RESTART = Set.of("no", "always", "on-failure", "unless-stopped");

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void everyKeyIsOneTheComposeSpecificationDefines() {
        Map<String, Object> root = DeployTree.yamlDocument(ComposeFile.FILE);
        root.keySet().stream().filter(key -> !key.startsWith("x-"))
                .forEach(key -> assertThat(TOP_LEVEL).as("top-level key").contains(key));
        compose.services().forEach((name, definition) -> {
            Map<String, Object> service = YamlTree.map(definition, name);
            assertThat(SERVICE).as(name + " keys").containsAll(service.keySet());
            assertKeys(service, "build", BUILD, name);
            assertKeys(service, "healthcheck", HEALTHCHECK, name);
            assertKeys(service, "deploy", DEPLOY, name);
            assertKeys(service, "deploy.resources", RESOURCES, name);
            assertKeys(service, "deploy.resources.limits", RESOURCE_AMOUNTS, name);
            assertKeys(service, "deploy.resources.reservations", RESOURCE_AMOUNTS, name);
            Object envFile = service.get("env_file");
            if (envFile != null) {
                YamlTree.list(envFile, name + " env_file").forEach(entry -> assertThat(ENV_FILE)
                        .as(name + " env_file entry").containsAll(YamlTree.map(entry, name).keySet()));
            }
            assertThat(RESTART).as(name + " restart").contains(String.valueOf(service.getOrDefault("restart", "no")));
            assertThat(CONDITIONS).as(name + " depends_on conditions").containsAll(compose.dependsOn(name).values());
            Object memory = YamlTree.at(service, "deploy.resources.limits.memory");
            if (memory != null) {
                assertThat(memory).as(name + ": Compose wants the memory limit as a string").isInstanceOf(String.class);
            }
            Object environment = service.get("environment");
            if (environment != null) {
                YamlTree.map(environment, name).forEach((variable, value) -> assertThat(value)
                        .as(name + " " + variable + " as a string, so YAML does not retype it").isInstanceOf(String.class));
            }
        });
        YamlTree.map(root.get("volumes"), "volumes").keySet().forEach(volume ->
                assertThat(compose.services().values().toString()).as("volume " + volume + " is used").contains(volume + ":"));
    }

    private static void assertKeys(Map<String, Object> service, String path, Set<String> allowed, String name) {
        Object node = YamlTree.at(service, path);
        if (node != null) {
            assertThat(allowed).as(name + " " + path + " keys").containsAll(YamlTree.map(node, name + " " + path).keySet());
        }
    }
}
