package vn.reform.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partition count a service's NewTopic bean takes from the environment: in application.yml a property
 * {@code <x>-partitions: ${VARIABLE:n}} next to {@code <x>: <topic name>}.
 */
record TopicSize(String topic, String variable) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):\\d+}");

    static List<TopicSize> of(ServiceModule module) {
        List<TopicSize> sizes = new ArrayList<>();
        for (Map.Entry<String, Object> property : module.defaults().entrySet()) {
            String key = property.getKey();
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(property.getValue()));
            if (!key.endsWith("-partitions") || !placeholder.matches()) {
                continue;
            }
            Object topic = module.property(key.substring(0, key.length() - "-partitions".length()));
            if (topic != null && String.valueOf(topic).startsWith("reform.")) {
                sizes.add(new TopicSize(String.valueOf(topic), placeholder.group(1)));
            }
        }
        return sizes;
    }
}
