package org.gavel.grants.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFP and proposal references: written and read back alike, nothing else read as one. */
class ReferenceTest {

	@Property
	void aReferenceReadsBackAsItself(@ForAll @IntRange(min = 2000, max = 2999) int year,
			@ForAll @IntRange(min = 1, max = 999) int rfp, @ForAll @IntRange(min = 0, max = 9999) int proposal) {
		Reference reference = new Reference(year, rfp, proposal);

		assertThat(Reference.parse(reference.toString())).contains(reference);
		assertThat(reference.call().proposal(proposal)).isEqualTo(reference);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "RFP-27-01", "RFP-2027-1", "rfp-2027-01", "RFP-2027-01-P7", "RFP-2027-01-X001",
			"RFP-2027-01/../x", "GR-2027-0001" })
	void whatIsNotAReferenceIsNotRead(String text) {
		assertThat(Reference.parse(text)).isEmpty();
	}

}
