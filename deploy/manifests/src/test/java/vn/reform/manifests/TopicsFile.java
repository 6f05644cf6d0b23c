package vn.reform.manifests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** deploy/compose/kafka/topics.txt: one topic a line, "name partitions cleanup.policy [key=value ...]". */
final class TopicsFile {

    static final Path FILE = DeployTree.compose().resolve("kafka/topics.txt");

    /** A topic as the compose job creates it; {@code configs} holds every topic config it sets except min.insync.replicas. */
    record Line(String name, int partitions, Map<String, String> configs) {
    }

    private TopicsFile() {
    }

    static List<Line> read() {
        List<Line> lines = new ArrayList<>();
        for (String line : DeployTree.read(FILE).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            Map<String, String> configs = new LinkedHashMap<>();
            configs.put("cleanup.policy", fields[2]);
            for (int i = 3; i < fields.length; i++) {
                String[] config = fields[i].split("=", 2);
                configs.put(config[0], config[1]);
            }
            lines.add(new Line(fields[0], Integer.parseInt(fields[1]), configs));
        }
        return lines;
    }
}
