package org.gavel.grievances.model;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpTokenTest {

	@RepeatedTest(20)
	void aTokenIsTwentyCharactersWithoutLookAlikesInGroupsOfFour() {
		String token = FollowUpToken.generate();

		assertThat(token).matches("([A-HJKMNP-TV-Z0-9]{4}-){4}[A-HJKMNP-TV-Z0-9]{4}");
		assertThat(FollowUpToken.normalise(token)).hasSize(20).isEqualTo(token.replace("-", ""));
	}

	@Test
	void tokensDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(FollowUpToken.generate())).isTrue();
		}
	}

	@ParameterizedTest(name = "''{0}'' reads as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			K7QM-2XHD-9PWA-TZ3N-E5RB  | K7QM2XHD9PWATZ3NE5RB
			k7qm 2xhd 9pwa tz3n e5rb  | K7QM2XHD9PWATZ3NE5RB
			K7QM2XHD9PWATZ3NE5RB      | K7QM2XHD9PWATZ3NE5RB
			O0I1-L1AB                 | 00111 1AB
			''                        | ''
			""")
	void aTypedTokenIsReadWhateverItsCaseSpacesAndLookAlikes(String typed, String read) {
		assertThat(FollowUpToken.normalise(typed)).isEqualTo(read.replace(" ", ""));
	}

}
