package vn.reform.submission.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import vn.reform.submission.domain.report.ReportContent;
import vn.reform.submission.domain.report.ReportKey;

/** One working draft per report ({@code _id = round|agency}), replaced on each save. */
@Component
public class DraftStore {

    private final MongoCollection<Document> drafts;

    public DraftStore(MongoTemplate mongo) {
        this.drafts = mongo.getCollection("drafts");
    }

    public record Draft(ReportContent content, String savedBy, Instant savedAt) {
    }

    public void save(ReportKey key, Draft draft) {
        Document document = new Document("_id", key.value())
                .append("values", new Document(draft.content().values()))
                .append("narrative", new Document(draft.content().narrative()))
                .append("documentNumber", draft.content().documentNumber())
                .append("signer", draft.content().signer())
                .append("savedBy", draft.savedBy())
                .append("savedAt", draft.savedAt().toString());
        drafts.replaceOne(Filters.eq("_id", key.value()), document, new ReplaceOptions().upsert(true));
    }

    @SuppressWarnings("unchecked")
    public Optional<Draft> find(ReportKey key) {
        Document d = drafts.find(Filters.eq("_id", key.value())).first();
        if (d == null) {
            return Optional.empty();
        }
        Map<String, Object> values = d.get("values", Document.class);
        Map<String, String> narrative = (Map<String, String>) (Map<String, ?>) d.get("narrative", Document.class);
        ReportContent content = new ReportContent(values, narrative, d.getString("documentNumber"), d.getString("signer"));
        return Optional.of(new Draft(content, d.getString("savedBy"), Instant.parse(d.getString("savedAt"))));
    }

    public void delete(ReportKey key) {
        drafts.deleteOne(Filters.eq("_id", key.value()));
    }
}
