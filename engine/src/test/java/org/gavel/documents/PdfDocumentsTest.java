package org.gavel.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gavel.system.templates.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDFs Gavel makes, read back with PDFBox: tagged for assistive technology (PDF/UA's
 * structure tree, the language, the title shown), every font embedded, and the text
 * extracted as written, accents and dashes included.
 */
class PdfDocumentsTest {

	private final PdfDocuments documents = new PdfDocuments(new Templates());

	private final byte[] pdf = this.documents.pdf(
			"test-document", Map.of("title", "Certificate of result: Resolution 1", "name",
					"Kofi Mensah — Côte d’Ivoire", "place", "Łódź, Øresund, São Tomé", "code", "gpsnr-ga v2"),
			"http://localhost/");

	@Test
	void aPdfIsTaggedWithItsLanguageAndTitle() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
			assertThat(catalog.getStructureTreeRoot()).as("a structure tree").isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getLanguage()).isEqualTo("en");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Certificate of result: Resolution 1");
			assertThat(document.getDocumentInformation().getSubject()).as("its description")
				.isEqualTo("The count per chamber and the rule applied.");
			assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8)).as("XMP metadata")
				.contains("Certificate of result: Resolution 1", "The count per chamber and the rule applied.");
			assertThat(catalog.getViewerPreferences().displayDocTitle()).as("readers show the title").isTrue();
		}
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).as("regular, bold, italic, serif and monospace faces, all DejaVu")
				.hasSizeGreaterThanOrEqualTo(4)
				.allSatisfy((name) -> assertThat(name).contains("DejaVu"));
		}
	}

	@Test
	void itsTextExtractsAsWritten() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kofi Mensah — Côte d’Ivoire", "Łódź, Øresund, São Tomé", "gpsnr-ga v2",
					"66.7 %");
		}
	}

}
