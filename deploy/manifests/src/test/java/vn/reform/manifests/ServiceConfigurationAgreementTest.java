package vn.reform.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The deployment files against each service's own src/main/resources/application.yml: every variable they set is one
 * the service reads, every deployment-specific variable the service reads is set, ports and database names agree,
 * and the actuator probe endpoints the health checks call exist.
 */
class ServiceConfigurationAgreementTest {

    static final List<String> SERVICES = ServiceModule.NAMES;

    static final List<String> BACKENDS = SERVICES.stream().filter(name -> !name.equals("gateway")).toList();

    /** Variables of contracts §6 (and the gateway's token key) whose local defaults point at 127.0.0.1 or a dev secret. */
    static final List<String> MUST_BE_SET_WHEN_READ = List.of("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI",
            "MONGODB_DATABASE", "INTERNAL_TOKEN_SECRET", "REFORM_TOPIC_REPLICAS", "SMTP_HOST", "SMTP_PORT",
            "SUBMISSION_URL", "AGGREGATION_URL", "NOTIFICATION_URL", "AUTH_TOKEN_SECRET", "SERVER_PORT");

    private final ComposeFile compose = ComposeFile.load();
    private final KubernetesManifests manifests = KubernetesManifests.load();

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serverPortDefaultIsTheContractPort(String service) {
        ServiceModule module = ServiceModule.load(service);
        assertThat(module.defaultServerPort()).as(service + " server.port default vs contracts §5")
                .isEqualTo(module.contractPort());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void actuatorProbeEndpointsExistOnTheServerPort(String service) {
        ServiceModule module = ServiceModule.load(service);
        assertThat(String.valueOf(module.property("management.endpoint.health.probes.enabled")))
                .as(service + " management.endpoint.health.probes.enabled (/actuator/health/liveness and /readiness)")
                .isEqualTo("true");
        assertThat(module.property("management.server.port")).as(service + ": probes are called on the server port")
                .isNull();
        assertThat(String.valueOf(module.property("management.endpoints.web.base-path")))
                .as(service + " actuator base path").isIn("null", "/actuator");
        assertThat(module.property("spring.application.name")).as(service + " spring.application.name").isNotNull();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void composeSetsOnlyVariablesTheServiceReadsAndEveryOneItNeeds(String service) {
        assertAgreement(ServiceModule.load(service), compose.environment(service), "compose.yaml");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void kubernetesSetsOnlyVariablesTheServiceReadsAndEveryOneItNeeds(String service) {
        assertAgreement(ServiceModule.load(service),
                manifests.environment(manifests.get("Deployment", service)), "k8s/" + service + ".yaml");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void podsGetLongerToStopThanTheServiceTakesToShutDownGracefully(String service) {
        ServiceModule module = ServiceModule.load(service);
        Object phase = module.property("spring.lifecycle.timeout-per-shutdown-phase");
        Duration shutdown = phase == null ? Duration.ofSeconds(30) : parseDuration(String.valueOf(phase));
        Map<String, Object> pod = KubernetesManifests.podSpec(manifests.get("Deployment", service));
        long grace = ((Number) pod.get("terminationGracePeriodSeconds")).longValue();
        long preStop = 5;
        assertThat(grace).as(service + ": preStop sleep + graceful shutdown must fit the grace period")
                .isGreaterThan(preStop + shutdown.toSeconds());
        assertThat(String.valueOf(module.property("server.shutdown"))).as(service + " server.shutdown").isEqualTo("graceful");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void topicSizesTheServiceAsksForAreTheProvisionedOnes(String service) {
        Map<String, Integer> provisioned = new HashMap<>();
        TopicsFile.read().forEach(topic -> provisioned.put(topic.name(), topic.partitions()));
        Map<String, String> composeEnv = compose.environment(service);
        Map<String, String> kubernetesEnv = manifests.environment(manifests.get("Deployment", service));
        for (TopicSize size : TopicSize.of(ServiceModule.load(service))) {
            Integer partitions = provisioned.get(size.topic());
            assertThat(partitions).as(service + " asks for topic " + size.topic() + ", which compose/k8s do not create")
                    .isNotNull();
            assertThat(composeEnv.get(size.variable())).as(service + " " + size.variable() + " in compose.yaml")
                    .isEqualTo(String.valueOf(partitions));
            assertThat(kubernetesEnv.get(size.variable())).as(service + " " + size.variable() + " in k8s")
                    .isEqualTo(String.valueOf(partitions));
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void kubernetesSetsEveryVariableComposeSets(String service) {
        Set<String> compose = new TreeSet<>(this.compose.environment(service).keySet());
        compose.remove("SPRING_PROFILES_ACTIVE"); // compose starts the demo data set, a cluster does not
        assertThat(manifests.environment(manifests.get("Deployment", service)).keySet())
                .as(service + ": a variable set in compose.yaml but forgotten in k8s/" + service + ".yaml")
                .containsAll(compose);
    }

    @ParameterizedTest
    @FieldSource("BACKENDS")
    void theGatewayDropsAnIdleConnectionBeforeTheServiceDoes(String service) {
        // when both sides close an idle keep-alive connection at about the same moment, the gateway may send a
        // request into a connection the service is closing: "Connection prematurely closed BEFORE response", a 503
        // for a POST that cannot be retried. The gateway's pool must give idle connections up well before
        Object idle = ServiceModule.load("gateway").property("spring.cloud.gateway.server.webflux.httpclient.pool.max-idle-time");
        assertThat(idle).as("gateway: spring.cloud.gateway.server.webflux.httpclient.pool.max-idle-time").isNotNull();
        Object keepAlive = ServiceModule.load(service).property("server.tomcat.keep-alive-timeout");
        assertThat(keepAlive).as(service + ": server.tomcat.keep-alive-timeout").isNotNull();
        assertThat(parseDuration(String.valueOf(idle)).multipliedBy(2))
                .as("gateway pool max-idle-time x2 vs " + service + " keep-alive-timeout")
                .isLessThanOrEqualTo(parseDuration(String.valueOf(keepAlive)));
    }

    @Test
    void replicasOfNotificationServiceNeverShareOneSweepLeaseOwner() {
        // notification-service takes a random owner id for its sweep lease unless REMINDER_INSTANCE_ID is set; one
        // fixed value for every replica would let two instances hold "the" lease at once and send mails twice
        assertThat(compose.environment("notification-service")).doesNotContainKey("REMINDER_INSTANCE_ID");
        assertThat(manifests.environment(manifests.get("Deployment", "notification-service")).get("REMINDER_INSTANCE_ID"))
                .as("k8s: per pod (valueFrom metadata.name) or not at all").isNull();
    }

    private static void assertAgreement(ServiceModule module, Map<String, String> environment, String where) {
        for (String variable : environment.keySet()) {
            assertThat(module.readsVariable(variable))
                    .as("%s sets %s for %s, but %s never reads ${%s", where, variable, module.name(),
                            ServiceModule.applicationYaml(module.name()), variable)
                    .isTrue();
        }
        for (String variable : MUST_BE_SET_WHEN_READ) {
            if (module.readsVariable(variable)) {
                assertThat(environment).as("%s reads ${%s (local default), %s must set it", module.name(), variable, where)
                        .containsKey(variable);
            }
        }
        for (String variable : List.of("SERVER_PORT", "MONGODB_DATABASE")) {
            module.placeholderDefault(variable).ifPresent(localDefault -> assertThat(environment.get(variable))
                    .as("%s: %s in %s vs the service's default", module.name(), variable, where).isEqualTo(localDefault));
        }
    }

    private static Duration parseDuration(String value) {
        if (value.matches("\\d+")) {
            return Duration.ofMillis(Long.parseLong(value));
        }
        if (value.matches("\\d+(ms|s|m)")) {
            long amount = Long.parseLong(value.replaceAll("\\D", ""));
            return value.endsWith("ms") ? Duration.ofMillis(amount)
                    : value.endsWith("s") ? Duration.ofSeconds(amount) : Duration.ofMinutes(amount);
        }
        return Duration.parse(value);
    }
}
