package vn.reform.gateway.config;

import java.net.URI;
import java.time.Clock;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.security.AgencyScope;
import vn.reform.gateway.security.AssignedCharacters;
import vn.reform.gateway.security.BearerTokenConverter;
import vn.reform.gateway.security.CsrfCookieWebFilter;
import vn.reform.gateway.security.ProblemSecurityHandlers;
import vn.reform.gateway.security.PublicTokenService;
import vn.reform.gateway.security.SignInAuthenticationManager;

/**
 * Who may do what. Browsers sign in on /login and keep a session cookie, with a CSRF token in the readable cookie
 * {@code XSRF-TOKEN} to send back as {@code X-XSRF-TOKEN}; API clients send a bearer token (no CSRF then).
 * Roles are checked here before anything reaches a service, and the services check them again.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Set<HttpMethod> SAFE_METHODS =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final String REPORT = "/api/rounds/{round}/reports/{agency}";

    /**
     * API clients with a bearer token: stateless, so no session is looked up or made, no CSRF token and no cookie
     * (before this chain every API answer set an {@code XSRF-TOKEN} cookie), no sign-in form. Same rules as below.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain bearerTokenChain(ServerHttpSecurity http, PublicTokenService tokens,
                                            ProblemSecurityHandlers handlers) {
        return http
                .securityMatcher(BearerTokenConverter::bearerRequest)
                .authorizeExchange(SecurityConfig::rules)
                .oauth2ResourceServer(resource -> resource
                        .bearerTokenConverter(new BearerTokenConverter())
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied())
                        .jwt(jwt -> jwt.jwtDecoder(tokens.decoder())
                                .jwtAuthenticationConverter(tokens.authenticationConverter())))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(SecurityConfig::headers)
                .build();
    }

    /** Browsers (and calls with no credentials): a session signed in on /login, CSRF-protected. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain browserSessionChain(ServerHttpSecurity http, SignInAuthenticationManager signIn,
                                               ProblemSecurityHandlers handlers) {
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return http
                .authorizeExchange(SecurityConfig::rules)
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationManager(signIn)
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
                        .authenticationFailureHandler(signInFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(logoutSuccess()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(handlers.accessDenied())
                        .requireCsrfProtectionMatcher(sessionWrites()))
                .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                .headers(SecurityConfig::headers)
                .build();
    }

    /** Who may do what, the same for both chains. */
    private static void rules(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                        "/actuator/health", "/actuator/health/**").permitAll()
                .pathMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                .pathMatchers("/api/users", "/api/users/**", "/admin/**").hasRole(Role.ADMIN.name())
                .pathMatchers(HttpMethod.POST, "/api/rounds").hasRole(Role.HOME_AFFAIRS.name())
                .pathMatchers(HttpMethod.POST, REPORT + "/return", REPORT + "/accept", REPORT + "/reopen")
                .hasRole(Role.HOME_AFFAIRS.name())
                .pathMatchers(HttpMethod.POST, REPORT + "/submissions")
                .access(AgencyScope.writableByOrOnBehalf(Role.AGENCY_HEAD))
                .pathMatchers(HttpMethod.PUT, REPORT + "/draft")
                .access(AgencyScope.writableBy(Role.AGENCY_STAFF, Role.AGENCY_HEAD))
                .pathMatchers(REPORT, REPORT + "/**", "/rounds/{round}/reports/{agency}")
                .access(AgencyScope.readable())
                .pathMatchers("/dashboard", "/dashboard/**").hasRole(Role.HOME_AFFAIRS.name())
                .anyExchange().authenticated();
    }

    private static void headers(ServerHttpSecurity.HeaderSpec headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.mode(Mode.DENY));
    }

    /** CSRF protects what a browser session may change; the token endpoint carries no cookie. */
    private static ServerWebExchangeMatcher sessionWrites() {
        return exchange -> {
            var request = exchange.getRequest();
            boolean tokenEndpoint = request.getPath().pathWithinApplication().value().equals("/api/auth/token");
            return SAFE_METHODS.contains(request.getMethod()) || tokenEndpoint
                    ? MatchResult.notMatch() : MatchResult.match();
        };
    }

    private static ServerAuthenticationFailureHandler signInFailure() {
        ServerAuthenticationFailureHandler wrong = new RedirectServerAuthenticationFailureHandler("/login?error");
        ServerAuthenticationFailureHandler locked = new RedirectServerAuthenticationFailureHandler("/login?locked");
        return (exchange, e) -> e instanceof LockedException
                ? locked.onAuthenticationFailure(exchange, e) : wrong.onAuthenticationFailure(exchange, e);
    }

    private static RedirectServerLogoutSuccessHandler logoutSuccess() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create("/login?logout"));
        return handler;
    }

    /** Spring Security's strict firewall, with its character rule checked without a regular expression. */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(AssignedCharacters.NAMES);
        firewall.setAllowedHeaderValues(AssignedCharacters.HEADER_VALUES);
        firewall.setAllowedParameterNames(AssignedCharacters.NAMES);
        return firewall;
    }

    /**
     * Nothing exports observations (management.observations.enable.all is false), but Spring Security still wrapped
     * each of its filters, the authentication and the authorization in one: a decorator per filter per request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
