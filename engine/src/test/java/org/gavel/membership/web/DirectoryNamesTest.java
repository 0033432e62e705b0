package org.gavel.membership.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryNamesTest {

	private final DirectoryNames names = new DirectoryNames(null);

	@ParameterizedTest(name = "{0} reads {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			capacity-building      | Capacity building
			smallholder_inclusion  | Smallholder inclusion
			' traceability '       | Traceability
			Assurance-Model        | Assurance Model
			x                      | X
			null                   | null
			""")
	void aWorkingGroupReadsAsWords(String id, String name) {
		assertThat(this.names.workingGroup(id)).isEqualTo(name);
	}

}
