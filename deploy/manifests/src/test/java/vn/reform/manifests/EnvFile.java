package vn.reform.manifests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Docker env file: NAME=value lines, comments and blank lines ignored. */
final class EnvFile {

    private EnvFile() {
    }

    static Map<String, String> read(Path file) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : DeployTree.read(file).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new IllegalStateException(file + ": not a NAME=value line: " + trimmed);
            }
            variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return variables;
    }
}
