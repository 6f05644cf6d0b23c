package vn.reform.manifests;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files under test, found relative to this module (surefire runs in deploy/manifests):
 * {@code ..} is deploy/, {@code ../..} the repository root.
 */
final class DeployTree {

    private DeployTree() {
    }

    static Path deploy() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    static Path repositoryRoot() {
        return deploy().getParent();
    }

    static Path compose() {
        return deploy().resolve("compose");
    }

    static Path k8s() {
        return deploy().resolve("k8s");
    }

    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            fail("expected the file %s, it does not exist", file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Every YAML document of the file, each a map; fails with the file's name if it does not parse. */
    static List<Map<String, Object>> yamlDocuments(Path file) {
        String text = read(file);
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : newYaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(YamlTree.map(document, file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        } catch (RuntimeException e) {
            fail("%s does not parse as YAML (%d characters): %s", file, text.length(), e.getMessage());
        }
        return documents;
    }

    static Map<String, Object> yamlDocument(Path file) {
        List<Map<String, Object>> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            fail("%s should hold exactly one YAML document, it holds %d", file, documents.size());
        }
        return documents.get(0);
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
