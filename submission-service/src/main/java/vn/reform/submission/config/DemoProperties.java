package vn.reform.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo data set (profile {@code demo}): e-mail domain of the focal points and heads, generated submissions. */
@ConfigurationProperties("reform.demo")
public record DemoProperties(
        @DefaultValue("demo.gov.vn") String emailDomain,
        @DefaultValue("true") boolean generatedSubmissions) {
}
