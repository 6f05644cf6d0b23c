package vn.reform.submission.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample events of the contract, read from the folder surefire names in {@code contracts.dir}. */
public final class Contracts {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Contracts() {
    }

    public static JsonNode sample(String fileName) {
        String dir = System.getProperty("contracts.dir", "../deploy/contracts");
        try {
            return MAPPER.readTree(Files.readString(Path.of(dir, "samples", fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }
}
