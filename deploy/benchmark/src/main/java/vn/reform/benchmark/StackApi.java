package vn.reform.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public HTTP API of ../shared/api.md (and the few administrative calls the benchmark needs). */
final class StackApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;

    StackApi(int connections) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(4, connections / 4)))
                .build();
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The problem-details code (and the first field error's code) of a refusal, or the start of its body. */
        String problemCode() {
            try {
                JsonNode problem = json();
                JsonNode field = problem.path("errors").path(0);
                return problem.path("code").asString("") + (field.isMissingNode() ? ""
                        : " " + field.path("field").asString("") + ":" + field.path("code").asString(""));
            } catch (RuntimeException e) {
                return body.substring(0, Math.min(80, body.length()));
            }
        }

        Answer expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("unexpected answer " + status + ": " + body);
        }
    }

    String token(String gateway, String username, String password) {
        return send("POST", gateway + "/api/auth/token", null, Map.of(),
                Map.of("username", username, "password", password)).expect(200).json().get("accessToken").asString();
    }

    /** A GET as a browser sends it (accepting gzip): the status and the size of the answer, compressed and not. */
    record Read(int status, int wireBytes, int bytes, String problem) {
    }

    Read readGzip(String url, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(180))
                .header("Accept", "application/json").header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + bearer).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] wire = response.body();
            boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
            byte[] plain = gzipped ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(wire)).readAllBytes() : wire;
            return new Read(response.statusCode(), wire.length, plain.length,
                    response.statusCode() == 200 ? "" : new String(plain, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Read(-1, 0, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Read(-1, 0, 0, "interrupted");
        }
    }

    Answer send(String method, String url, String bearer, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(180))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    /** A valid report whose figures vary with {@code seed} (any long, negative ones too). */
    static String reportBody(String documentDate, long anySeed) {
        long seed = Math.floorMod(anySeed, 100_000L) + 1;
        long articles = 10 + seed % 50;
        long dossiers = 5 + seed % 20;
        return JSON.writeValueAsString(Map.of(
                "values", Map.ofEntries(
                        Map.entry("KH_VAN_BAN", List.of(Map.of("number", seed + "/KH-BENCH", "date", documentDate,
                                "title", "Kế hoạch cải cách hành chính"))),
                        Map.entry("KIEM_TRA", Map.of("total", 4, "parts", Map.of("CHUYEN_NGANH", 2, "NOI_BO", 2))),
                        Map.entry("TIN_BAI", articles),
                        Map.entry("NV_DUNG_HAN", 100),
                        Map.entry("NV_TRE_HAN", 0),
                        Map.entry("HO_SO_TTHC", Map.of("total", dossiers, "parts",
                                Map.of("HO_CHIEU_NGOAI_GIAO", 1, "HO_CHIEU_CONG_VU", dossiers - 1))),
                        Map.entry("BO_TTHC_MOT_CUA", 3),
                        Map.entry("HS_QUA_MOT_CUA", Map.of("numerator", dossiers, "denominator", dossiers)),
                        Map.entry("VI_PHAM_KY_LUAT", 0),
                        Map.entry("CHU_KY_SO", 10),
                        Map.entry("EMAIL_CONG_VU", 100),
                        Map.entry("MUC_DVC_TRUC_TUYEN", "MOT_PHAN")),
                "narrative", Map.of("CHI_DAO", "Triển khai đúng kế hoạch."),
                "documentNumber", seed + "/BC-BENCH",
                "signer", "Nguyễn Văn A"));
    }
}
