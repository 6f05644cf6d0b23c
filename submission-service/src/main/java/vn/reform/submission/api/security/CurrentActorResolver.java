package vn.reform.submission.api.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.access.Role;

/** Gives controllers the {@link Actor} of the request, from the verified internal token's sub, agency and roles. */
@Component
public class CurrentActorResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                 WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return new Actor("anonymous", null, Set.of());
        }
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("agency"), roles(jwt.getClaimAsStringList("roles")));
    }

    private static Set<Role> roles(List<String> claimed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            for (String name : claimed) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
