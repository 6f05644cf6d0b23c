package vn.reform.localstack;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a unique index of a store created since this format ({@link StoredIndexKeyFormat#TAGGED}) keeps its keys: each
 * value of a key as a tag and its bytes, strings, numbers, booleans, null, "missing" and ObjectIds natively, anything
 * else Java-serialised; and how two keys are ordered in the index's B-tree: value by value, those of one native class
 * by their own order, those of two classes by class name, any other two by their Java serialisation.
 *
 * <p>H2's default for these keys ({@code ObjectDataType}) Java-serialises both keys at every comparison of a B-tree
 * search. The store's indexes are answered from memory ({@code MemoizedH2UniqueIndex}), but every insert still
 * searched the B-tree that way to put its keys: a profile of the store at 100 submissions/s had 7.5 % of its CPU and
 * a fifth of its allocation there. Two keys compare as 0 exactly when they are equal ({@link KeyValue#equals}), as
 * before: values of different classes never are, and each native class's order is consistent with its equals.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final byte NULL = 0;
    private static final byte MISSING = 1;
    private static final byte STRING = 2;
    private static final byte INTEGER = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte BOOLEAN = 6;
    private static final byte OBJECT_ID = 7;
    private static final byte SERIALISED = 8;

    /** Classes whose own order decides, consistent with their equals. */
    private static final Set<Class<?>> NATIVELY_ORDERED =
            Set.of(String.class, Integer.class, Long.class, Double.class, Boolean.class, ObjectId.class);

    private IndexKeyType() {
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 48;
        for (Object value : key) {
            memory += value instanceof String s ? 48 + 2 * s.length() : 32;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            writeValue(buffer, value);
        }
    }

    private static void writeValue(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof Missing) {
            buffer.put(MISSING);
        } else if (value instanceof String s) {
            buffer.put(STRING).putVarInt(s.length()).putStringData(s, s.length());
        } else if (value instanceof Integer i) {
            buffer.put(INTEGER).putInt(i);
        } else if (value instanceof Long l) {
            buffer.put(LONG).putLong(l);
        } else if (value instanceof Double d) {
            buffer.put(DOUBLE).putLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof Boolean b) {
            buffer.put(BOOLEAN).put((byte) (b ? 1 : 0));
        } else if (value.getClass() == ObjectId.class) {
            buffer.put(OBJECT_ID).put(((ObjectId) value).toByteArray());
        } else {
            byte[] serialised = ObjectDataType.serialize(value); // H2's own, as its default key type
            buffer.put(SERIALISED).putVarInt(serialised.length).put(serialised);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(buffer));
        }
        return new KeyValue(values);
    }

    private static Object readValue(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case MISSING -> Missing.getInstance();
            case STRING -> DataUtils.readString(buffer);
            case INTEGER -> buffer.getInt();
            case LONG -> buffer.getLong();
            case DOUBLE -> Double.longBitsToDouble(buffer.getLong());
            case BOOLEAN -> buffer.get() != 0;
            case OBJECT_ID -> {
                byte[] id = new byte[12];
                buffer.get(id);
                yield new ObjectId(id);
            }
            case SERIALISED -> {
                byte[] serialised = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(serialised);
                yield ObjectDataType.deserialize(serialised);
            }
            default -> throw new IllegalStateException("unknown index key value tag " + tag);
        };
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            int byName = a.getClass().getName().compareTo(b.getClass().getName());
            return byName != 0 ? byName : ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
        }
        if (NATIVELY_ORDERED.contains(a.getClass())) {
            return ((Comparable) a).compareTo(b);
        }
        return ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }
}
