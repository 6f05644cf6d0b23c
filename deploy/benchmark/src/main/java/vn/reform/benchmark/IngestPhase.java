package vn.reform.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Submissions per second by N closed-loop clients, through the gateway (each client with its own bearer token) and
 * straight to submission-service (each client with an internal token, as the gateway would send it).
 * Client k submits for agencies k, k+N, k+2N… of the big round, then starts again with new versions.
 */
final class IngestPhase {

    static LatencyStats throughGateway(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        return load(config, run, (worker, agency) -> api.send("POST",
                config.gateway() + "/api/rounds/" + run.bigRound() + "/reports/" + agency + "/submissions",
                run.clientTokens().get(worker), Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                StackApi.reportBody(run.documentDate(), agency.hashCode() & 0xffff)));
    }

    static LatencyStats direct(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        String[] tokens = new String[config.clients()];
        for (int c = 0; c < tokens.length; c++) {
            tokens[c] = internalToken(config, run, c);
        }
        return load(config, run, (worker, agency) -> submitDirect(api, config, run, tokens[worker], agency));
    }

    /** The internal token of client {@code client}, as the gateway would send it for that client's user. */
    static String internalToken(BenchmarkConfig config, BenchmarkSetup.Prepared run, int client) {
        return InternalToken.mint(config.internalSecret(), run.clientUsers().get(client), "SNV", "HOME_AFFAIRS",
                Duration.ofMinutes(30));
    }

    /** One submission for {@code agency} to the big round, straight to submission-service. */
    static StackApi.Answer submitDirect(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run,
                                        String internalToken, String agency) {
        return api.send("POST",
                config.submission() + "/api/rounds/" + run.bigRound() + "/reports/" + agency + "/submissions",
                null, Map.of("Idempotency-Key", UUID.randomUUID().toString(), "X-Internal-Token", internalToken),
                StackApi.reportBody(run.documentDate(), agency.hashCode() & 0xffff));
    }

    interface Submit {
        StackApi.Answer to(int worker, String agency);
    }

    private static LatencyStats load(BenchmarkConfig config, BenchmarkSetup.Prepared run, Submit submit) {
        int clients = config.clients();
        int agencies = run.agencies().size();
        return ClosedLoopLoad.run(clients, config.warmUp(), config.measured(), (worker, i) -> {
            String agency = run.agencies().get((int) ((worker + i * clients) % agencies));
            StackApi.Answer answer = submit.to(worker, agency);
            if (answer.status() != 201) {
                throw new ClosedLoopLoad.Refused(answer);
            }
            return true;
        });
    }

    private IngestPhase() {
    }
}
