package vn.reform.manifests;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every resource that deploy/k8s/kustomization.yaml applies, parsed, with look-ups by kind and name. */
final class KubernetesManifests {

    static final Path KUSTOMIZATION = DeployTree.k8s().resolve("kustomization.yaml");

    /** One resource and the file it came from. */
    record Resource(String file, Map<String, Object> body) {

        String kind() {
            return YamlTree.text(body.get("kind"));
        }

        String name() {
            return YamlTree.text(YamlTree.at(body, "metadata.name"));
        }

        String where() {
            return file + " " + kind() + "/" + name();
        }

        Map<String, Object> spec() {
            return YamlTree.requiredMap(body, "spec", where());
        }
    }

    private final List<Resource> resources;

    private KubernetesManifests(List<Resource> resources) {
        this.resources = resources;
    }

    static KubernetesManifests load() {
        List<Resource> resources = new ArrayList<>();
        for (Path file : resourceFiles()) {
            for (Map<String, Object> document : DeployTree.yamlDocuments(file)) {
                resources.add(new Resource(file.getFileName().toString(), document));
            }
        }
        return new KubernetesManifests(resources);
    }

    static Map<String, Object> kustomization() {
        return DeployTree.yamlDocument(KUSTOMIZATION);
    }

    static List<Path> resourceFiles() {
        return YamlTree.requiredList(kustomization(), "resources", "kustomization.yaml").stream()
                .map(entry -> DeployTree.k8s().resolve(String.valueOf(entry)).normalize())
                .toList();
    }

    List<Resource> all() {
        return resources;
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.kind())).toList();
    }

    Resource get(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> name.equals(resource.name())).findFirst()
                .orElseGet(() -> fail("deploy/k8s has no %s named %s (kustomization.yaml resources: %s)",
                        kind, name, resourceFiles().stream().map(Path::getFileName).toList()));
    }

    static Map<String, Object> podSpec(Resource deployment) {
        return YamlTree.requiredMap(deployment.body(), "spec.template.spec", deployment.where());
    }

    static Map<String, Object> container(Resource deployment) {
        List<Object> containers = YamlTree.requiredList(podSpec(deployment), "containers", deployment.where());
        if (containers.size() != 1) {
            fail("%s should run exactly one container, it runs %d", deployment.where(), containers.size());
        }
        return YamlTree.map(containers.get(0), deployment.where() + " container");
    }

    /** Every environment variable the Deployment's container gets: env, then the keys of envFrom ConfigMaps and Secrets. */
    Map<String, String> environment(Resource deployment) {
        Map<String, Object> container = container(deployment);
        Map<String, String> environment = new LinkedHashMap<>();
        Object envFrom = container.get("envFrom");
        if (envFrom != null) {
            for (Object source : YamlTree.list(envFrom, deployment.where() + " envFrom")) {
                Map<String, Object> from = YamlTree.map(source, deployment.where() + " envFrom");
                if (from.containsKey("configMapRef")) {
                    environment.putAll(data(get("ConfigMap", refName(from, "configMapRef")), "data"));
                } else if (from.containsKey("secretRef")) {
                    environment.putAll(data(get("Secret", refName(from, "secretRef")), "stringData"));
                }
            }
        }
        Object env = container.get("env");
        if (env != null) {
            for (Object variable : YamlTree.list(env, deployment.where() + " env")) {
                Map<String, Object> entry = YamlTree.map(variable, deployment.where() + " env");
                environment.put(YamlTree.text(entry.get("name")), YamlTree.text(entry.get("value")));
            }
        }
        return environment;
    }

    private static String refName(Map<String, Object> from, String kind) {
        return YamlTree.text(YamlTree.at(from, kind + ".name"));
    }

    private static Map<String, String> data(Resource resource, String field) {
        Map<String, String> data = new LinkedHashMap<>();
        Object values = resource.body().get(field);
        if (values == null) {
            values = resource.body().get("data");
        }
        if (values != null) {
            YamlTree.map(values, resource.where()).forEach((key, value) -> data.put(key, YamlTree.text(value)));
        }
        return data;
    }
}
