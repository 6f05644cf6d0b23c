package vn.reform.benchmark;

/** Everything one run measured. */
record BenchmarkResult(
        String startedAt, String machine, BenchmarkConfig config,
        LatencyStats ingestGateway, LatencyStats ingestDirect, LatencyStats ingestBare,
        double gatewayToDirect, double gatewayToBare,
        double backlogDrainSeconds,
        LatencyStats freshness, ProcessCpu.PerItem freshnessCpu, LatencyStats read, int readAnswerBytes, int readAnswerWireBytes,
        RebuildPhase.Result rebuild, double rebuildToRaw,
        Footprint.Result footprint) {
}
