package vn.reform.localstack;

import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_ARRAY;
import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_BOOLEAN;
import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_DOUBLE;
import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_EMBEDDED_DOCUMENT;
import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_INT32;
import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_INT64;
import static de.bwaldvogel.mongo.wire.BsonConstants.TYPE_UTF8_STRING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;

/**
 * Writes a document as BSON, byte for byte what mongo-java-server's {@link BsonEncoder#encodeDocument} writes, for the
 * store's pages. The values documents are mostly made of (documents, lists, strings, 32- and 64-bit integers,
 * doubles, booleans) are written here straight into the buffer's array; every other value goes to
 * {@code BsonEncoder} itself.
 *
 * <p>Why: in a JFR profile of the store under 100 submissions/s, writing pages was about 30 % of its CPU, most of it
 * in {@code BsonEncoder}'s per-name work: each field name and string encoded into a new byte array then copied
 * through Netty's checked writes, and each list copied into a new document keyed "0", "1", … before being written.
 * Here ASCII names and strings (nearly all of them) are written a character at a time into the array, and list
 * positions are written from a table.
 */
final class PageBsonEncoder {

    private static final byte[][] POSITIONS = new byte[1024][];

    static {
        for (int i = 0; i < POSITIONS.length; i++) {
            POSITIONS[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private PageBsonEncoder() {
    }

    /** Appends the document to {@code out}, which must be a heap buffer ({@link ByteBuf#hasArray()}). */
    static void encodeDocument(Map<String, ?> document, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (Map.Entry<String, ?> field : document.entrySet()) {
            encodeField(field.getKey(), null, field.getValue(), out);
        }
        out.writeByte(0);
        out.setIntLE(start, out.writerIndex() - start);
    }

    /** One field: its type, its name (as a string, or already encoded: a list position), its value. */
    private static void encodeField(String name, byte[] encodedName, Object value, ByteBuf out) {
        byte type = typeOf(value);
        out.writeByte(type);
        if (encodedName != null) {
            out.writeBytes(encodedName);
            out.writeByte(0);
        } else {
            writeCString(name, out);
        }
        if (type == TYPE_UTF8_STRING && value instanceof String s) {
            writeString(s, out);
        } else if (type == TYPE_INT32 && value instanceof Integer i) {
            out.writeIntLE(i);
        } else if (type == TYPE_INT64 && value instanceof Long l) {
            out.writeLongLE(l);
        } else if (type == TYPE_DOUBLE && value instanceof Double d) {
            out.writeLongLE(Double.doubleToRawLongBits(d));
        } else if (type == TYPE_BOOLEAN && value instanceof Boolean b) {
            out.writeByte(b ? 1 : 0);
        } else if (type == TYPE_EMBEDDED_DOCUMENT && value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> nested = (Map<String, ?>) map;
            encodeDocument(nested, out);
        } else if (type == TYPE_ARRAY && value instanceof List<?> list) {
            encodeList(list, out);
        } else {
            BsonEncoder.encodeValue(type, value, out);
        }
    }

    /** The BSON type {@code BsonEncoder} gives the value (asked of it for anything but the commonest classes). */
    private static byte typeOf(Object value) {
        if (value instanceof String) {
            return TYPE_UTF8_STRING;
        }
        if (value instanceof Integer) {
            return TYPE_INT32;
        }
        if (value instanceof Long) {
            return TYPE_INT64;
        }
        if (value instanceof Double) {
            return TYPE_DOUBLE;
        }
        if (value instanceof Boolean) {
            return TYPE_BOOLEAN;
        }
        return BsonEncoder.determineType(value);
    }

    private static void encodeList(List<?> list, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        int size = list.size();
        for (int i = 0; i < size; i++) {
            if (i < POSITIONS.length) {
                encodeField(null, POSITIONS[i], list.get(i), out);
            } else {
                encodeField(Integer.toString(i), null, list.get(i), out);
            }
        }
        out.writeByte(0);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void writeCString(String s, ByteBuf out) {
        writeUtf8(s, out);
        out.writeByte(0);
    }

    private static void writeString(String s, ByteBuf out) {
        int lengthAt = out.writerIndex();
        out.writeIntLE(0);
        writeCString(s, out);
        out.setIntLE(lengthAt, out.writerIndex() - lengthAt - 4);
    }

    /** Its UTF-8 bytes: for an all-ASCII string (nearly every one here), its characters, put straight into the array. */
    private static void writeUtf8(String s, ByteBuf out) {
        if (!writeAscii(s, out)) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes {@code s} if it is all ASCII; false, writing nothing, if not. */
    private static boolean writeAscii(String s, ByteBuf out) {
        int length = s.length();
        out.ensureWritable(length);
        byte[] array = out.array();
        int at = out.arrayOffset() + out.writerIndex();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            array[at + i] = (byte) c;
        }
        out.writerIndex(out.writerIndex() + length);
        return true;
    }
}
