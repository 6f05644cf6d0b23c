package vn.reform.manifests;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the four services as its own module configures it: src/main/resources/application.yml, read as text (which
 * environment variables it reads) and as YAML (its default properties, from the documents that no profile gates).
 */
record ServiceModule(String name, int contractPort, String yamlText, Map<String, Object> defaults) {

    static final List<String> NAMES =
            List.of("gateway", "submission-service", "aggregation-service", "notification-service");

    /** Variables that the JVM or Spring Boot itself reads, so no application.yml needs to name them. */
    static final List<String> PLATFORM_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE");

    static List<ServiceModule> all() {
        return NAMES.stream().map(ServiceModule::load).toList();
    }

    static ServiceModule load(String name) {
        Integer port = Contracts.servicePorts().get(name);
        if (port == null) {
            fail("contracts §5 names no port for %s", name);
        }
        Path yaml = applicationYaml(name);
        if (!Files.isRegularFile(yaml)) {
            fail("%s has no %s yet: the deployment files cannot be checked against its configuration "
                    + "(env vars, server.port, actuator probes) until it exists", name, DeployTree.repositoryRoot().relativize(yaml));
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (Map<String, Object> document : DeployTree.yamlDocuments(yaml)) {
            if (YamlTree.flatten(document).keySet().stream().noneMatch(key -> key.startsWith("spring.config.activate"))) {
                defaults.putAll(YamlTree.flatten(document));
            }
        }
        return new ServiceModule(name, port, DeployTree.read(yaml), defaults);
    }

    static Path applicationYaml(String name) {
        return DeployTree.repositoryRoot().resolve(name).resolve("src/main/resources/application.yml");
    }

    boolean readsVariable(String variable) {
        return PLATFORM_VARIABLES.contains(variable) || yamlText.contains("${" + variable);
    }

    /** The default a placeholder {@code ${VARIABLE:default}} gives in application.yml, if it has one. */
    Optional<String> placeholderDefault(String variable) {
        Matcher matcher = Pattern.compile("\\$\\{" + Pattern.quote(variable) + ":([^}]*)}").matcher(yamlText);
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    /** server.port as it resolves without environment: a number or the default of its placeholder. */
    int defaultServerPort() {
        Object port = defaults.get("server.port");
        if (port == null) {
            fail("%s application.yml sets no server.port", name);
        }
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}").matcher(String.valueOf(port));
        if (placeholder.matches()) {
            return Integer.parseInt(placeholder.group(1));
        }
        if (!String.valueOf(port).matches("\\d+")) {
            fail("%s application.yml: server.port '%s' has no numeric default", name, port);
        }
        return Integer.parseInt(String.valueOf(port));
    }

    Object property(String key) {
        return defaults.get(key);
    }
}
