package vn.reform.localstack;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ConcurrentModificationException;
import java.util.concurrent.locks.LockSupport;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the file-backed store writes a document into its MVStore pages: as BSON, the bytes of mongo-java-server's own
 * wire encoder (written by {@link PageBsonEncoder}) read back with its decoder, instead of H2's default of Java
 * serialisation. Every stored document came in over the wire or was built by the server from such values, so the
 * wire codec can write and read back each of them.
 *
 * <p>Java serialisation of the documents was the store's largest cost under load (JFR, 100 submissions/s): about a
 * quarter of its CPU writing pages, a fifth reading pages back, and most of what it allocated.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** Attempts before giving up on a document that keeps changing: well over a second of updates to one document. */
    private static final int MAX_ENCODING_ATTEMPTS = 20_000;
    private static final int ATTEMPTS_BEFORE_PAUSING = 10;
    private static final long PAUSE_NANOS = 50_000;

    private volatile int averageSize = 1024;

    private BsonDocumentType() {
    }

    /**
     * What a document is taken to hold in memory, to size the page cache and split pages: the running average of the
     * encoded sizes (as H2 does for the values it serialises). Not the document's own size: mongo-java-server may
     * change a stored document in place, and a page must add and later remove the same amount for it.
     */
    @Override
    public int getMemory(Document document) {
        return averageSize;
    }

    /**
     * Encodes the document as it is now. mongo-java-server updates a stored document in place, then puts it again,
     * which marks its page to be saved at the next commit. When an update runs while the background writer encodes the
     * page, the encoding fails fast and is started again; it can also catch the update half-way without noticing
     * (nothing synchronises the two threads), and that copy stands until the next commit writes the page again, a
     * second later. H2's Java serialisation had the same race unchecked, and a map's entry count and entries could
     * then disagree in what it wrote, which no longer reads back.
     */
    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = encode(document);
        try {
            int size = encoded.readableBytes();
            averageSize = (int) ((size + 15L * averageSize) / 16);
            buffer.put(encoded.nioBuffer());
        } finally {
            encoded.release();
        }
    }

    static ByteBuf encode(Document document) {
        for (int attempt = 1; ; attempt++) {
            ByteBuf encoded = Unpooled.buffer(256);
            try {
                PageBsonEncoder.encodeDocument(document, encoded);
                return encoded;
            } catch (ConcurrentModificationException | IndexOutOfBoundsException | NullPointerException changing) {
                encoded.release();
                if (attempt == MAX_ENCODING_ATTEMPTS) {
                    throw changing;
                }
                if (attempt < ATTEMPTS_BEFORE_PAUSING) {
                    Thread.yield(); // an update in place takes microseconds
                } else {
                    LockSupport.parkNanos(PAUSE_NANOS); // updates one after another: let one finish
                }
            } catch (RuntimeException e) {
                encoded.release();
                throw e;
            }
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(); // BSON starts with its own length
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** Values are only compared for equality (a conditional replace), never ordered. */
    @Override
    public int compare(Document a, Document b) {
        return a.equals(b) ? 0 : 1;
    }
}
