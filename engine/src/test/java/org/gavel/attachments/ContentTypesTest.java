package org.gavel.attachments;

import org.gavel.attachments.model.FileName;
import org.gavel.system.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file's type comes from its content; its name only refines what the content already
 * shows, and a name that claims something else is caught.
 */
class ContentTypesTest {

	private final ContentTypes types = new ContentTypes();

	@Test
	void aPdfIsAPdfWhateverItIsCalled() {
		assertThat(this.types.detect(Files.PDF, "proposal.pdf").mediaType()).isEqualTo("application/pdf");
		assertThat(this.types.detect(Files.PDF, "proposal").mediaType()).isEqualTo("application/pdf");
		assertThat(this.types.detect(Files.PDF, "proposal").contradicted()).isFalse();
	}

	@Test
	void aWordOrExcelFileIsToldApartByItsNameOnlyBecauseItsContentIsAnOfficePackage() {
		byte[] docx = Files.ooxml("word/document.xml");

		assertThat(this.types.detect(docx, "proposal.docx").mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(this.types.detect(docx, "budget.xlsx").mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(this.types.detect(Files.PDF, "budget.xlsx").contradicted()).as("a PDF named as a workbook").isTrue();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(textBlock = """
			pdf,   budget.xlsx, application/pdf
			png,   report.pdf,  image/png
			noise, report.pdf,  application/octet-stream
			""")
	void aNameThatClaimsWhatTheContentIsNotIsContradicted(String kind, String name, String content) {
		byte[] bytes = switch (kind) {
			case "pdf" -> Files.PDF;
			case "png" -> Files.PNG;
			default -> Files.NOISE;
		};
		ContentTypes.Detected detected = this.types.detect(bytes, name);

		assertThat(detected.contradicted()).isTrue();
		assertThat(detected.content()).isEqualTo(content);
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource(delimiter = '|', textBlock = """
			C:\\Users\\alex\\proposal.pdf | proposal.pdf
			/home/alex/budget.xlsx        | budget.xlsx
			  plan v2.docx                | plan v2.docx
			""")
	void aFileNameKeepsOnlyItsLastPart(String sent, String kept) {
		assertThat(FileName.check(sent)).isEqualTo(Outcome.accepted(kept));
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource(delimiter = '|', textBlock = """
			.htaccess
			proposal"onload=x.pdf
			folder/
			""")
	void aFileNameThatIsNotPlainIsRefused(String sent) {
		assertThat(FileName.check(sent).isAccepted()).isFalse();
	}

}
