package vn.reform.gateway.security;

import java.util.function.Predicate;

/**
 * The firewall's rule for header names and values and parameter names, as Spring Security's
 * {@code StrictServerWebExchangeFirewall} states it ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, a tab also allowed
 * in header values, null allowed), checked by a loop instead of a regular expression. The firewall checks a header
 * every time it is read, and a bearer token is read several times per request: the expression was 6 % of the
 * gateway's CPU per rollup read. {@code AssignedCharactersTest} holds the two forms equal.
 */
public final class AssignedCharacters {

    /** Header and parameter names: assigned code points, no control character. */
    public static final Predicate<String> NAMES = value -> allowed(value, false);
    /** Header values: the same, and tabs. */
    public static final Predicate<String> HEADER_VALUES = value -> allowed(value, true);

    static boolean allowed(String value, boolean tab) {
        if (value == null) {
            return true; // as Spring Security's: an absent header is asked for, and is no attack
        }
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: assigned, not a control
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private AssignedCharacters() {
    }
}
