package org.gavel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.gavel.system.templates.Templates;

import org.springframework.stereotype.Service;

/**
 * Documents rendered by Velocity as XHTML, served as a page and turned into PDF by
 * openhtmltopdf from the same markup, so the two never differ.
 */
@Service
public class PdfDocuments {

	private final Templates templates;

	PdfDocuments(Templates templates) {
		this.templates = templates;
	}

	/**
	 * Renders a document template.
	 * @param template under {@code templates/}, e.g. {@code booklet}
	 * @param values its values
	 * @return the XHTML
	 */
	public String html(String template, Map<String, ?> values) {
		return this.templates.render(template, values);
	}

	/**
	 * Renders a document template as PDF.
	 * @param template under {@code templates/}
	 * @param values its values
	 * @param baseUri the address relative links resolve against
	 * @return the PDF's bytes
	 */
	public byte[] pdf(String template, Map<String, ?> values, String baseUri) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html(template, values), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
