package org.gavel.grievances.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseNumberTest {

	@ParameterizedTest(name = "{0} → {1}/{2}")
	@CsvSource(delimiter = '|', textBlock = """
			GR-2027-0007      | 2027 | 7
			gr-2027-0007      | 2027 | 7
			'  GR-2027-0007 ' | 2027 | 7
			GR-2030-12345     | 2030 | 12345
			""")
	void aCaseNumberIsReadAsAPersonTypesIt(String typed, int year, int sequence) {
		assertThat(CaseNumber.parse(typed)).contains(new CaseNumber(year, sequence));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "GR-27-0007", "GR-2027-7", "GR2027-0007", "XX-2027-0007", "GR-2027-0007;drop",
			"GR-2027-0000" })
	void anythingElseIsNoCaseNumber(String typed) {
		assertThat(CaseNumber.parse(typed)).isEmpty();
	}

	@Test
	void aCaseNumberIsWrittenWithFourDigitsAtLeast() {
		assertThat(new CaseNumber(2027, 7)).hasToString("GR-2027-0007");
		assertThat(new CaseNumber(2027, 12345)).hasToString("GR-2027-12345");
		assertThat(CaseNumber.parse(new CaseNumber(2031, 42).toString())).contains(new CaseNumber(2031, 42));
		assertThatIllegalArgumentException().isThrownBy(() -> new CaseNumber(2027, 0));
	}

}
