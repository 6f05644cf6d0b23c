package vn.reform.gateway.config;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Short store timeouts: while MongoDB is away, sign-in fails fast with a 503 instead of hanging for 30 s. */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties store) {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) store.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
