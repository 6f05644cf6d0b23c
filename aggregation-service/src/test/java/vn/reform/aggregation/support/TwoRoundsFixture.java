package vn.reform.aggregation.support;

import tools.jackson.databind.node.ObjectNode;

/**
 * Two rounds of a template of its own (so that no other test's rounds come between them): an earlier round A and
 * a later round B in which SNGV's news articles jump from 35 to 140 (4×, an outlier at factor 3) while STP's move
 * from 12 to 13. B's reports are sent before A's, to show the outlier does not depend on arrival order.
 */
public final class TwoRoundsFixture {

    public final String template;
    public final String roundA;
    public final String roundB;

    public TwoRoundsFixture(String suffix) {
        this.template = "TPL-" + suffix;
        this.roundA = "A-" + suffix;
        this.roundB = "B-" + suffix;
    }

    public void publish(EventProducer events) {
        ObjectNode templateEvent = Samples.template();
        ((ObjectNode) templateEvent.get("payload")).put("code", template);
        templateEvent.put("key", template + ":1");
        events.send(EventProducer.TEMPLATES, templateEvent);
        events.send(EventProducer.AGENCIES, Samples.load("agency-changed-sngv-v1.json"));
        events.send(EventProducer.AGENCIES, Samples.agency("STP", "Sở Tư pháp", "DEPARTMENT"));
        events.send(EventProducer.ROUNDS, round(roundA, "2024-03-14"));
        events.send(EventProducer.ROUNDS, round(roundB, "2024-06-14"));
        events.send(EventProducer.REPORTS, report(roundB, "SNGV", 140));
        events.send(EventProducer.REPORTS, report(roundB, "STP", 13));
        events.send(EventProducer.REPORTS, report(roundA, "SNGV", 35));
        events.send(EventProducer.REPORTS, report(roundA, "STP", 12));
    }

    private ObjectNode round(String code, String dataTo) {
        ObjectNode event = Samples.round(code, dataTo, "SNGV", "STP");
        ((ObjectNode) event.get("payload")).put("templateCode", template);
        return event;
    }

    private ObjectNode report(String round, String agency, int articles) {
        ObjectNode event = Samples.report(round, agency, 1, 1, v -> v.put("TIN_BAI", articles));
        ((ObjectNode) event.get("payload")).put("templateCode", template);
        return event;
    }
}
