package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.Samples;

/** Reports that arrive before their template, agency or round are kept and computed when the catalogue arrives. */
class LateCatalogueTest extends IntegrationTest {

    @Test
    void aReportBeforeItsTemplateAgencyAndRoundIsCountedOnceTheyArrive() {
        String round = unique("LATE");
        String templateCode = unique("TPL");
        String agency = unique("XA");
        ObjectNode report = Samples.report(round, agency, 1, 1, v -> v.put("TIN_BAI", 7));
        ((ObjectNode) report.get("payload")).put("templateCode", templateCode);
        events.send(EventProducer.REPORTS, report);

        JsonNode waiting = rollupWhen(round, r -> r.path("agencies").size() == 1);
        assertThat(waiting.path("agencies").get(0).path("awaitingTemplate").asBoolean()).isTrue();
        assertThat(waiting.path("agencies").get(0).path("kind").asString()).isEqualTo("UNKNOWN");
        assertThat(waiting.path("indicators").isEmpty()).isTrue();
        assertThat(waiting.path("completeness").path("expected").asInt()).isZero();

        ObjectNode template = Samples.template();
        ((ObjectNode) template.get("payload")).put("code", templateCode);
        template.put("key", templateCode + ":1");
        events.send(EventProducer.TEMPLATES, template);
        JsonNode computed = rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("value").asInt() == 7);
        assertThat(computed.path("agencies").get(0).path("awaitingTemplate").asBoolean()).isFalse();
        assertThat(computed.path("byKind").path("UNKNOWN").path("agencies").asInt()).isEqualTo(1);

        events.send(EventProducer.AGENCIES, Samples.agency(agency, "UBND xã Đắk Ơ", "COMMUNE"));
        JsonNode moved = rollupWhen(round, r -> r.path("byKind").has("COMMUNE"));
        assertThat(moved.path("byKind").has("UNKNOWN")).isFalse();
        assertThat(moved.path("byKind").path("COMMUNE").path("indicators").path("TIN_BAI").path("value").asInt())
                .isEqualTo(7);
        assertThat(moved.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(7);

        ObjectNode roundEvent = Samples.round(round, "2023-08-31", agency, "OTHER");
        ((ObjectNode) roundEvent.get("payload")).put("templateCode", templateCode);
        events.send(EventProducer.ROUNDS, roundEvent);
        JsonNode complete = rollupWhen(round, r -> r.path("completeness").path("expected").asInt() == 2);
        assertThat(complete.path("completeness").path("submitted").asInt()).isEqualTo(1);
        assertThat(complete.path("completeness").path("missing").toString()).isEqualTo("[\"OTHER\"]");
        assertThat(complete.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(7);
    }
}
