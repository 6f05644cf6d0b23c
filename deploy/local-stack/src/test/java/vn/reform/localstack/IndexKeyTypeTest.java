package vn.reform.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/**
 * Index keys written and read back are equal to what was written, and two keys compare as 0 exactly when they are
 * equal, in an order that is a total order: what the index's B-tree needs to find, add and refuse keys.
 */
class IndexKeyTypeTest {

    private static final List<Object> VALUES = Arrays.asList(
            null, Missing.getInstance(), "", "Q4-2026|SNGV", "Q4-2026|SNGV|7", "Sở Nội vụ", "ơ", "\uD83D\uDE00",
            1, -1, Integer.MAX_VALUE, 1L, -1L, Long.MIN_VALUE, 1.0, -0.0, 0.0, Double.NaN, 2.5,
            true, false, new ObjectId("65a1b2c3d4e5f60718293a4b"), new ObjectId("65a1b2c3d4e5f60718293a4c"),
            new Document("a", 1).append("b", "x"), new Document("a", 2), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            new Date(1_700_000_000_000L), List.of("a", 1));

    @Test
    void everyKindOfValueIsReadBackEqual() {
        List<KeyValue> keys = new ArrayList<>();
        for (Object value : VALUES) {
            keys.add(new KeyValue(Arrays.asList(value)));
        }
        keys.add(new KeyValue(Arrays.asList("Q4-2026", "SNGV", 3L)));
        keys.add(new KeyValue(Arrays.asList("Q4-2026", null, Missing.getInstance())));
        for (KeyValue key : keys) {
            WriteBuffer buffer = new WriteBuffer();
            IndexKeyType.INSTANCE.write(buffer, key);
            buffer.put((byte) 42); // what the page holds next is left where it was
            ByteBuffer written = buffer.getBuffer().flip();
            KeyValue read = IndexKeyType.INSTANCE.read(written);
            assertThat(read).as("%s", key).isEqualTo(key);
            assertThat(written.get()).isEqualTo((byte) 42);
            assertThat(IndexKeyType.INSTANCE.compare(read, key)).isZero();
        }
    }

    @Test
    void twoKeysCompareAsZeroExactlyWhenTheyAreEqualInATotalOrder() {
        List<KeyValue> keys = new ArrayList<>();
        for (Object a : VALUES) {
            keys.add(new KeyValue(Arrays.asList(a)));
            keys.add(new KeyValue(Arrays.asList("Q4-2026", a)));
        }
        keys.add(new KeyValue(Arrays.asList(new Document("a", 1).append("b", "x")))); // equal to one above
        keys.add(new KeyValue(Arrays.asList(1.0)));
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = IndexKeyType.INSTANCE.compare(a, b);
                assertThat(ab == 0).as("%s against %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(ab)).as("%s against %s", a, b)
                        .isEqualTo(-Integer.signum(IndexKeyType.INSTANCE.compare(b, a)));
                for (KeyValue c : keys) {
                    if (ab < 0 && IndexKeyType.INSTANCE.compare(b, c) < 0) {
                        assertThat(IndexKeyType.INSTANCE.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void stringsAndNumbersKeepTheirOwnOrderAndAShorterKeyComesFirst() {
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue("Q1-2026|A"), new KeyValue("Q1-2026|B"))).isNegative();
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue(9L), new KeyValue(10L))).isNegative();
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue("a"), new KeyValue("a", 1))).isNegative();
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue((Object) null), new KeyValue(""))).isNegative();
    }
}
