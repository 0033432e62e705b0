package org.gavel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.gavel.system.templates.Templates;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
	 * A document as a page of its own: its styles are inline (the PDF is made from the
	 * same markup), so its policy allows inline styles and nothing else, no script at
	 * all.
	 * @param template under {@code templates/}, e.g. {@code booklet}
	 * @param values its values
	 * @return the response
	 */
	public ResponseEntity<String> page(String template, Map<String, ?> values) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy",
					"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
							+ "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
			.body(html(template, values));
	}

	/**
	 * A document as a PDF to download.
	 * @param template under {@code templates/}
	 * @param values its values
	 * @param fileName the name the download is saved under
	 * @param baseUri the address relative links resolve against
	 * @return the response
	 */
	public ResponseEntity<byte[]> download(String template, Map<String, ?> values, String fileName, String baseUri) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
			.body(pdf(template, values, baseUri));
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
