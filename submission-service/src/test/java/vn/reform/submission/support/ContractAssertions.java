package vn.reform.submission.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Checks produced events against the contract's sample files. */
public final class ContractAssertions {

    /** Maps whose keys are data (indicator codes, section codes, agencies), not part of the contract's shape. */
    private static final Set<String> DATA_MAPS = Set.of("values", "narrative", "reopenedFor");

    private ContractAssertions() {
    }

    /** Same field names with the same JSON types, recursively through objects (the contract's shape). */
    public static void assertSameShape(JsonNode actual, JsonNode contract) {
        assertThat(actual.propertyNames()).as("fields").containsExactlyInAnyOrderElementsOf(contract.propertyNames());
        for (String field : contract.propertyNames()) {
            JsonNode expected = contract.get(field);
            JsonNode value = actual.get(field);
            if (expected.isNull() || value.isNull()) {
                continue;
            }
            assertThat(value.getNodeType()).as(field).isEqualTo(expected.getNodeType());
            if (expected.isObject() && !DATA_MAPS.contains(field)) {
                assertSameShape(value, expected);
            }
        }
    }

}
