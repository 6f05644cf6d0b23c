package vn.reform.manifests;

import static org.assertj.core.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML (maps, lists and scalars) with failures that say where something is missing. */
final class YamlTree {

    private YamlTree() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String where) {
        if (!(node instanceof Map)) {
            fail("%s: expected a mapping, found %s", where, node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String where) {
        if (!(node instanceof List)) {
            fail("%s: expected a list, found %s", where, node);
        }
        return (List<Object>) node;
    }

    /** The node at a dotted path of mapping keys, or null when any step is absent. */
    static Object at(Map<String, Object> root, String dottedPath) {
        Object node = root;
        for (String key : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    static Object required(Map<String, Object> root, String dottedPath, String where) {
        Object node = at(root, dottedPath);
        if (node == null) {
            fail("%s: %s is missing", where, dottedPath);
        }
        return node;
    }

    static Map<String, Object> requiredMap(Map<String, Object> root, String dottedPath, String where) {
        return map(required(root, dottedPath, where), where + " " + dottedPath);
    }

    static List<Object> requiredList(Map<String, Object> root, String dottedPath, String where) {
        return list(required(root, dottedPath, where), where + " " + dottedPath);
    }

    static String text(Object scalar) {
        return scalar == null ? null : String.valueOf(scalar);
    }

    /**
     * Flattens nested mappings into dotted keys, so that a Spring property reads the same whether the YAML
     * nests it ({@code server: {port: 1}}) or spells it dotted ({@code server.port: 1}).
     */
    static Map<String, Object> flatten(Map<String, Object> root) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flattenInto("", root, flat);
        return flat;
    }

    private static void flattenInto(String prefix, Map<?, ?> node, Map<String, Object> flat) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flattenInto(path, child, flat);
            } else {
                flat.put(path, value);
            }
        });
    }
}
