package vn.reform.manifests;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What deploy/contracts/README.md says, read from its tables, so that the deployment files are checked against
 * the contract itself rather than against a copy of it: the topics of §1 and the services and ports of §5.
 */
final class Contracts {

    /** One row of §1. {@code cleanupPolicy} is the policy's first word (e.g. "delete" of "delete (retention: forever)"). */
    record Topic(String name, int localPartitions, int scalePartitions, String cleanupPolicy) {
    }

    private static final Pattern PARTITIONS = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

    private Contracts() {
    }

    static String text() {
        return DeployTree.read(DeployTree.deploy().resolve("contracts/README.md"));
    }

    static List<Topic> topics() {
        List<Topic> topics = new ArrayList<>();
        for (List<String> row : tableRows(section("## 1."))) {
            if (!row.get(0).startsWith("`reform.")) {
                continue;
            }
            Matcher partitions = PARTITIONS.matcher(row.get(1));
            if (!partitions.find()) {
                fail("contracts §1: cannot read 'local / scale' partitions from '%s'", row.get(1));
            }
            topics.add(new Topic(row.get(0).replace("`", ""), Integer.parseInt(partitions.group(1)),
                    Integer.parseInt(partitions.group(2)), row.get(2).split("\\s+")[0]));
        }
        if (topics.isEmpty()) {
            fail("contracts §1 lists no topic: has its table changed shape?");
        }
        return topics;
    }

    /** Service name → local port, from the routes table of §5. */
    static Map<String, Integer> servicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (List<String> row : tableRows(section("## 5."))) {
            if (row.size() >= 3 && row.get(2).matches("\\d+")) {
                ports.put(row.get(1), Integer.parseInt(row.get(2)));
            }
        }
        if (ports.size() != 4) {
            fail("contracts §5 should name four services with their ports, found %s", ports);
        }
        return ports;
    }

    private static String section(String heading) {
        String text = text();
        int start = text.indexOf("\n" + heading);
        if (start < 0) {
            fail("contracts README has no section '%s'", heading);
        }
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Cells of each table row, without the leading and trailing pipe; header and separator rows included. */
    private static List<List<String>> tableRows(String section) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : section.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("|") && trimmed.endsWith("|")) {
                List<String> cells = new ArrayList<>();
                for (String cell : trimmed.substring(1, trimmed.length() - 1).split("\\|")) {
                    cells.add(cell.trim());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
