package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.support.DeadLetters;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.RoundFixture;

/** A record that cannot be processed goes to the dead-letter topic and does not block its partition. */
class PoisonMessageTest extends IntegrationTest {

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextRecordOfItsPartitionIsApplied() {
        String round = unique("POISON");
        publishSampleCatalogue(round, "2023-08-31");
        String key = round + "|SNGV";
        events.send(EventProducer.REPORTS, key, "{not json");
        ObjectNode future = RoundFixture.sngv(round);
        future.put("version", 2);
        future.put("eventId", UUID.randomUUID().toString());
        events.send(EventProducer.REPORTS, key, future.toString());
        // same key, so same partition, after both poison records
        events.send(EventProducer.REPORTS, RoundFixture.sngv(round));

        JsonNode rollup = rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("value").asInt() == 35);
        assertThat(rollup.path("completeness").path("submitted").asInt()).isEqualTo(1);

        List<ConsumerRecord<String, String>> dead = DeadLetters.of(key, Duration.ofSeconds(3));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", future.toString());
        String exception = new String(dead.get(0).headers().lastHeader("x-exception").value(), StandardCharsets.UTF_8);
        assertThat(exception).contains("MalformedEventException");
        assertThat(new String(dead.get(1).headers().lastHeader("x-exception").value(), StandardCharsets.UTF_8))
                .contains("unsupported ReportSubmitted version 2");
        long firstOffset = Long.parseLong(new String(dead.get(0).headers().lastHeader("x-original-offset").value(),
                StandardCharsets.UTF_8));
        long secondOffset = Long.parseLong(new String(dead.get(1).headers().lastHeader("x-original-offset").value(),
                StandardCharsets.UTF_8));
        assertThat(secondOffset).isEqualTo(firstOffset + 1);
    }
}
