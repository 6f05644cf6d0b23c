package vn.reform.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/** The page encoder writes exactly the bytes of mongo-java-server's wire encoder, for every kind of value. */
class PageBsonEncoderTest {

    @Test
    void everyKindOfValueIsWrittenAsTheWireEncoderWritesIt() {
        Document nested = new Document("số", 1).append("tên", "Sở Nội vụ").append("empty", new Document());
        Document document = new Document("_id", "ROUND|AG-001|00000007")
                .append("ascii", "TIN_BAI:sum")
                .append("vietnamese", "Triển khai đúng kế hoạch cải cách hành chính")
                .append("emoji", "báo cáo \uD83D\uDCC4")
                .append("lone surrogate", "a\uD800b")
                .append("", "empty name")
                .append("tên trường", "non-ASCII name")
                .append("emptyString", "")
                .append("int", 42).append("negative", -7).append("long", 1L << 40)
                .append("double", 3.25).append("nan", Double.NaN).append("negativeZero", -0.0)
                .append("true", true).append("false", false)
                .append("null", null)
                .append("instant", Instant.parse("2026-12-07T03:00:00.123Z"))
                .append("objectId", new ObjectId())
                .append("binData", new BinData(new byte[] {1, 2, 3}))
                .append("uuid", UUID.randomUUID())
                .append("decimal", Decimal128.fromNumber(new java.math.BigDecimal("12.50")))
                .append("nested", nested)
                .append("list", new ArrayList<>(List.of("a", 1, 2L, 3.5, true, nested, List.of("x", List.of()))))
                .append("emptyList", new ArrayList<>())
                .append("set", new LinkedHashSet<>(List.of("s1", "s2")))
                .append("listOfDocuments", List.of(new Document("rev", 3L).append("e", "{\"code\":\"AG\"}")));

        assertSameBytes(document);
    }

    @Test
    void longListsPastThePositionTableAndLargeDocumentsAreWrittenAlike() {
        List<Object> agencies = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            agencies.add(i % 3 == 0 ? "AG-" + i : i % 3 == 1 ? (Object) (long) i : "Xã Đông " + i);
        }
        Document shard = new Document("_id", "ROUND#7");
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            shard.append("agencies.AG-" + i, new Document("rev", random.nextLong()).append("e", "x".repeat(random.nextInt(300))));
        }
        assertSameBytes(new Document("expectedAgencies", agencies).append("shard", shard));
    }

    @Test
    void whatItWritesReadsBackEqual() {
        Document document = new Document("_id", "k").append("values", new Document("TIN_BAI", 12L)
                .append("HS_QUA_MOT_CUA", new Document("numerator", 5).append("denominator", 5)))
                .append("eventIds", new ArrayList<>(List.of("e1", "e2")));
        ByteBuf out = Unpooled.buffer(16);
        PageBsonEncoder.encodeDocument(document, out);

        assertThat(BsonDecoder.decodeBson(out)).isEqualTo(document);
    }

    private static void assertSameBytes(Document document) {
        ByteBuf expected = Unpooled.buffer(16);
        BsonEncoder.encodeDocument(document, expected);
        ByteBuf actual = Unpooled.buffer(16); // small: the encoder must grow it as it goes
        PageBsonEncoder.encodeDocument(document, actual);
        assertThat(Arrays.equals(ByteBufUtil.getBytes(actual), ByteBufUtil.getBytes(expected)))
                .as("same bytes (%d written, %d expected)", actual.readableBytes(), expected.readableBytes()).isTrue();
    }
}
