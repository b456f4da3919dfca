package io.ledgerline.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Turns the {@code roles} claim into {@code ROLE_<role>} and the {@code scope} claim into {@code SCOPE_<scope>}. */
class RolesAndScopes implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLES_CLAIM = "roles";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        Object scope = jwt.getClaims().get("scope");
        List<String> scopes = scope instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : scope == null ? List.of() : List.of(scope.toString().split(" "));
        scopes.forEach(name -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + name)));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
