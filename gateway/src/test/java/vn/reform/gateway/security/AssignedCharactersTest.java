package vn.reform.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop answers exactly as Spring Security's expressions (copied from StrictServerWebExchangeFirewall 7.0). */
class AssignedCharactersTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCharacterAloneIsJudgedAsByTheExpressions() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String one = new String(Character.toChars(codePoint));
            assertSame(one);
        }
    }

    @Test
    void mixedStringsAreJudgedAsByTheExpressions() {
        Random random = new Random(7);
        int[] interesting = {'a', 'Z', '0', ' ', '\t', '\n', '\r', 0, 0x7f, 0x85, 0xa0, 'ệ', 'Đ', 0x0378, 0xd800, 0xdc00,
                0x1f600, 0xe0001, 0x10ffff, 0xfffe, 0x200b};
        List<String> samples = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc", "vi-VN,vi;q=0.9,en;q=0.8",
                "UBND xã Thử nghiệm", "a\tb", "a\nb", "\ud83d\ude00", "\ud83d", "x\udc00y"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.appendCodePoint(random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                        : random.nextInt(Character.MAX_CODE_POINT + 1));
            }
            samples.add(s.toString());
        }
        samples.forEach(AssignedCharactersTest::assertSame);
    }

    @Test
    void anAbsentValueIsAllowedAsByTheFirewall() {
        assertThat(AssignedCharacters.NAMES.test(null)).isTrue();
        assertThat(AssignedCharacters.HEADER_VALUES.test(null)).isTrue();
    }

    @Test
    void controlCharactersAreRefusedAndOnlyHeaderValuesMayHoldATab() {
        assertThat(AssignedCharacters.HEADER_VALUES.test("a\tb")).isTrue();
        assertThat(AssignedCharacters.NAMES.test("a\tb")).isFalse();
        assertThat(AssignedCharacters.HEADER_VALUES.test("a\r\nSet-Cookie: x=1")).isFalse();
        assertThat(AssignedCharacters.HEADER_VALUES.test("Thử nghiệm")).isTrue();
    }

    private static void assertSame(String value) {
        assertThat(AssignedCharacters.NAMES.test(value)).as("name %s", codes(value))
                .isEqualTo(NAMES.matcher(value).matches());
        assertThat(AssignedCharacters.HEADER_VALUES.test(value)).as("header value %s", codes(value))
                .isEqualTo(HEADER_VALUES.matcher(value).matches());
    }

    private static String codes(String value) {
        return value.codePoints().mapToObj(Integer::toHexString).toList().toString();
    }
}
