package vn.reform.gateway.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * MongoDB health by {@code ping}: Boot's own indicator sends {@code hello}, which the local stack's
 * MongoDB-protocol server does not know (it would report the gateway DOWN).
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthConfig {

    @Bean(name = "mongoHealthContributor")
    ReactiveHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo) {
        return () -> mongo.executeCommand("{ ping: 1 }")
                .map(answer -> Health.up().build())
                .onErrorResume(e -> reactor.core.publisher.Mono.just(Health.down().withException(e).build()));
    }
}
