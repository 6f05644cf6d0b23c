package vn.reform.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits on incoming requests. */
@ConfigurationProperties("reform.web")
public record WebLimitsProperties(@DefaultValue("256KB") DataSize maxBodySize) {
}
