package org.gavel.grievances.model;

import org.gavel.system.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceSharingTest {

	@ParameterizedTest(name = "named {0}, confidential {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Siti Rahma | false | SHARED
			Siti Rahma | true  | WITHHELD
			null       | false | WITHHELD
			""")
	void evidenceIsWithheldByDefaultWhenTheComplainantsIdentityIs(String name, boolean confidential,
			EvidenceSharing expected) {
		Complaint complaint = new Complaint(name, null, confidential, Affected.COMMUNITIES, "alder-capital",
				GrievanceCategory.LAND_RIGHTS, "Cleared", null, null, Exhaustion.TRIED, null, null, "en");

		assertThat(EvidenceSharing.byDefault(complaint)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}, copy given {1}, copy kept {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			withheld | false | false | WITHHELD
			shared   | false | true  | SHARED
			redacted | true  | false | REDACTED
			redacted | false | true  | REDACTED
			""")
	void theSecretariatsChoiceIsRead(String choice, boolean given, boolean kept, EvidenceSharing expected) {
		assertThat(EvidenceSharing.read(choice, given, kept).orElseThrow()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}, copy given {1}, copy kept {2}")
	@CsvSource(delimiter = '|', textBlock = """
			everything | false | false | sharing | choose withheld, shared as is, or shared as a redacted copy
			redacted   | false | false | copy    | upload the redacted copy
			shared     | true  | false | copy    | goes with "shared as a redacted copy" only
			""")
	void aChoiceWithoutItsCopyIsRefused(String choice, boolean given, boolean kept, String field, String reason) {
		Refusal refusal = EvidenceSharing.read(choice, given, kept).fold((chosen) -> null, (refused) -> refused);

		assertThat(refusal.field()).isEqualTo(field);
		assertThat(refusal.reason()).contains(reason);
	}

}
