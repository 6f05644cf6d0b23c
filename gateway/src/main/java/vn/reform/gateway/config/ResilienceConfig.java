package vn.reform.gateway.config;

import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every route's breaker (named after its service) gets these settings, a time limiter and a bulkhead. Spring Cloud
 * CircuitBreaker wraps each call in a Resilience4j bulkhead whenever the library is present, by default 25 calls
 * in flight and no waiting: under 64 concurrent clients it refused most requests and its refusals opened the
 * breaker, which then refused everything for its open duration.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfig {

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> serviceBulkheads(ResilienceProperties properties) {
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom().maxConcurrentCalls(properties.maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO).build())
                .build());
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(ResilienceProperties properties) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .failureRateThreshold(properties.failureRateThreshold())
                        .minimumNumberOfCalls(properties.minimumCalls())
                        .slidingWindowSize(Math.max(properties.minimumCalls(), 20))
                        .waitDurationInOpenState(properties.openDuration())
                        .ignoreExceptions(BulkheadFullException.class)
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build())
                .build());
    }
}
