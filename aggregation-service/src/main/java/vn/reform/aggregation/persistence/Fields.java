package vn.reform.aggregation.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/** Small conversions between BSON documents and the domain's types (instants are stored as ISO strings: exact). */
final class Fields {

    private Fields() {
    }

    static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    static Instant instant(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : Instant.parse(value);
    }

    static long longValue(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    static Integer integer(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.intValue() : null;
    }

    static boolean bool(Document doc, String field) {
        return Boolean.TRUE.equals(doc.getBoolean(field));
    }

    static List<String> strings(Document doc, String field) {
        List<String> list = doc.getList(field, String.class);
        return list == null ? List.of() : list;
    }

    static Document document(Document doc, String field) {
        Document value = doc.get(field, Document.class);
        return value == null ? new Document() : value;
    }

    static Map<String, Long> counters(Document doc) {
        Map<String, Long> counters = new LinkedHashMap<>();
        if (doc != null) {
            doc.forEach((k, v) -> {
                if (v instanceof Number n) {
                    counters.put(k, n.longValue());
                }
            });
        }
        return counters;
    }

    static Map<String, String> texts(Document doc) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (doc != null) {
            doc.forEach((k, v) -> texts.put(k, v == null ? null : v.toString()));
        }
        return texts;
    }
}
