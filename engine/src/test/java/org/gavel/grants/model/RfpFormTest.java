package org.gavel.grants.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The RFP form's lines read into criteria and required files: every mistake refused by
 * its field with the line's number, and an RFP written back into the form reads as the
 * same RFP.
 */
class RfpFormTest {

	static final Instant NOW = Instant.parse("2027-03-20T02:00:00Z");

	static Map<String, Object> form() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", "Provision of certified planting materials");
		values.put("scope", "Nurseries that produce certified budded stumps for smallholders.");
		values.put("currency", "USD");
		values.put("ceiling", "150000");
		values.put("largestGrant", "50000");
		values.put("countries", "ID, th");
		values.put("organisationTypes", "ngo, cooperative");
		values.put("membersOnly", false);
		values.put("criteria", """
				40 | 5 | Reach among smallholders | 0: none, 5: over 1,000 households
				35 | 5 | Quality of the planting material | certified clones
				25 | 10 | Value for money""");
		values.put("questionsOpen", "2027-04-01T09:00");
		values.put("questionsClose", "2027-05-15T17:00");
		values.put("deadline", "2027-05-31T23:59");
		values.put("zone", "Asia/Singapore");
		values.put("attachments", "Proposal | pdf, docx | 10\nBudget | .XLSX ods | 5");
		values.put("panel", "eva, ezra");
		values.put("evaluatorsPerProposal", "2");
		values.put("matchedFunding", "true");
		return values;
	}

	@Test
	void linesBecomeCriteriaAndFilesWithKeysFromTheirTitles() {
		Rfp rfp = RfpForm.read(form()).then((draft) -> draft.check(NOW)).orElseThrow();

		assertThat(rfp.criteria().list()).extracting(Criterion::key, Criterion::weight, Criterion::maxScore)
			.containsExactly(tuple("reach-among-smallholders", 40, 5), tuple("quality-of-the-planting-material", 35, 5),
					tuple("value-for-money", 25, 10));
		assertThat(rfp.criteria().list().get(2).guidance()).isEmpty();
		assertThat(rfp.attachments()).extracting(RequiredAttachment::label, RequiredAttachment::maxBytes)
			.containsExactly(tuple("Proposal", 10L * 1024 * 1024), tuple("Budget", 5L * 1024 * 1024));
		assertThat(rfp.attachments().get(1).extensions()).containsExactly("xlsx", "ods");
		assertThat(rfp.countries()).containsExactlyInAnyOrder("ID", "TH");
		assertThat(rfp.organisationTypes()).containsExactlyInAnyOrder("ngo", "cooperative");
		assertThat(rfp.matchedFunding()).isTrue();
		assertThat(rfp.panel()).containsExactlyInAnyOrder("eva", "ezra");
	}

	@Test
	void anRfpWrittenBackIntoTheFormReadsTheSame() {
		Rfp rfp = RfpForm.read(form()).then((draft) -> draft.check(NOW)).orElseThrow();

		Map<String, Object> again = new HashMap<>(RfpForm.values(rfp));
		Rfp read = RfpForm.read(again).then((draft) -> draft.check(NOW)).orElseThrow();

		assertThat(read.criteria().list()).isEqualTo(rfp.criteria().list());
		assertThat(read).usingRecursiveComparison().ignoringFields("criteria").isEqualTo(rfp);
	}

	@Test
	void twoCriteriaOfOneTitleGetTwoKeys() {
		Map<String, Object> values = form();
		values.put("criteria", "50 | 5 | Impact | \n50 | 5 | Impact |");

		Rfp rfp = RfpForm.read(values).then((draft) -> draft.check(NOW)).orElseThrow();

		assertThat(rfp.criteria().list()).extracting(Criterion::key).containsExactly("impact", "impact-2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '#',
			textBlock = """
					too few parts          # criteria    # 40 | Impact                                  # line 1: write weight | maximum score | title | guidance, e.g. 40 | 5 | Impact on smallholders | 0: none, 5: transformative
					a weight not a number  # criteria    # 100 | 5 | Impact\\nforty | 5 | Cost          # line 2: the weight 'forty' is not a whole percent
					a maximum not a number # criteria    # 100 | five | Impact                          # line 1: the maximum score 'five' is not a whole number
					no title               # criteria    # 100 | 5 |                                    # line 1: the criterion needs a title
					weights not 100        # criteria    # 60 | 5 | Impact\\n30 | 5 | Cost              # the weights sum to 90; they must sum to 100
					a weight over 100      # criteria    # 120 | 5 | Impact                             # criterion 1, weight: must be from 1 to 100 percent
					no criteria            # criteria    # ' '                                          # at least one criterion is required
					an unknown file type   # attachments # Budget | xlsx, exe | 5                       # line 1: 'exe' is not a type proposals may attach; use pdf, docx, xlsx, odt, ods, jpg, png, txt
					a file without a size  # attachments # Budget | xlsx                                # line 1: write what | types | largest size in MB, e.g. Budget (our template) | xlsx, ods | 5
					a file too large       # attachments # Budget | xlsx | 80                           # line 1: the size is whole megabytes from 1 to 50
					a file of no type      # attachments # Budget | , | 5                               # line 1: name at least one type, e.g. pdf
					an unknown kind        # organisationTypes # ngo, church                            # 'church' is not a kind of organisation; use ngo, cooperative, producer-group, research, company, public-body
					evaluators not a number# evaluatorsPerProposal # two                                # is a whole number, e.g. 2
					""")
	void aMistakeIsRefusedByItsFieldWithItsLine(String mistake, String field, String value, String reason) {
		Map<String, Object> values = form();
		values.put(field, value.replace("\\n", "\n"));

		Outcome<Rfp> rfp = RfpForm.read(values).then((draft) -> draft.check(NOW));

		assertThat(refusal(rfp).fields()).containsEntry(field, reason);
	}

	private static Refusal refusal(Outcome<?> outcome) {
		return outcome.fold((value) -> {
			throw new AssertionError("accepted: " + value);
		}, (refusal) -> refusal);
	}

}
