package vn.reform.manifests;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** deploy/compose/compose.yaml, parsed (YAML merge keys resolved), with the questions the tests ask of it. */
final class ComposeFile {

    static final Path FILE = DeployTree.compose().resolve("compose.yaml");

    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    static ComposeFile load() {
        return new ComposeFile(DeployTree.yamlDocument(FILE));
    }

    Map<String, Object> services() {
        return YamlTree.requiredMap(root, "services", "compose.yaml");
    }

    Map<String, Object> service(String name) {
        Object service = services().get(name);
        if (service == null) {
            fail("compose.yaml has no service '%s' (it has %s)", name, services().keySet());
        }
        return YamlTree.map(service, "compose service " + name);
    }

    Map<String, Object> topLevel(String key) {
        return YamlTree.requiredMap(root, key, "compose.yaml");
    }

    /** The environment a service's containers get: its env_file entries (their committed .example) under its environment. */
    Map<String, String> environment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Path envFile : envFiles(name)) {
            environment.putAll(EnvFile.read(exampleOf(envFile)));
        }
        Object declared = service(name).get("environment");
        if (declared != null) {
            YamlTree.map(declared, "compose service " + name + " environment")
                    .forEach((key, value) -> environment.put(key, YamlTree.text(value)));
        }
        return environment;
    }

    List<Path> envFiles(String name) {
        Object envFile = service(name).get("env_file");
        if (envFile == null) {
            return List.of();
        }
        return YamlTree.list(envFile, "compose service " + name + " env_file").stream()
                .map(entry -> entry instanceof Map<?, ?> map ? String.valueOf(map.get("path")) : String.valueOf(entry))
                .map(path -> DeployTree.compose().resolve(path).normalize())
                .toList();
    }

    /** Real env files hold secrets and are git-ignored; the committed, documented one is the same name + ".example". */
    static Path exampleOf(Path envFile) {
        return envFile.resolveSibling(envFile.getFileName() + ".example");
    }

    /** The container's health check command as one string. */
    String healthcheck(String name) {
        Object test = YamlTree.at(service(name), "healthcheck.test");
        if (test == null) {
            return null;
        }
        return test instanceof List<?> parts ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : String.valueOf(test);
    }

    /** The memory limit, from deploy.resources.limits.memory or mem_limit. */
    String memoryLimit(String name) {
        Object limit = YamlTree.at(service(name), "deploy.resources.limits.memory");
        return YamlTree.text(limit != null ? limit : service(name).get("mem_limit"));
    }

    /** depends_on as dependency → condition (the short list form counts as service_started). */
    Map<String, String> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> names) {
            names.forEach(dependency -> conditions.put(String.valueOf(dependency), "service_started"));
        } else if (dependsOn != null) {
            YamlTree.map(dependsOn, "compose service " + name + " depends_on").forEach((dependency, spec) ->
                    conditions.put(dependency, YamlTree.text(YamlTree.at(YamlTree.map(spec, dependency), "condition"))));
        }
        return conditions;
    }

    int replicas(String name) {
        Object replicas = YamlTree.at(service(name), "deploy.replicas");
        return replicas == null ? 1 : Integer.parseInt(String.valueOf(replicas));
    }

    boolean isOneShot(String name) {
        return "no".equals(YamlTree.text(service(name).get("restart")));
    }

    String image(String name) {
        return YamlTree.text(service(name).get("image"));
    }
}
