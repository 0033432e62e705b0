package org.gavel.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.gavel.system.templates.Templates;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Documents rendered by Velocity as XHTML, served as a page and turned into PDF by
 * openhtmltopdf from the same markup, so the two never differ. Every PDF is tagged
 * (PDF/UA: a structure a screen reader follows, the document's language and title) and
 * embeds the fonts it uses, DejaVu for every family a document names (sans-serif, serif,
 * monospace), so it prints and reads the same everywhere and its text extracts as
 * written.
 */
@Service
public class PdfDocuments {

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	/**
	 * The DejaVu face for each family a document may name, by the name openhtmltopdf
	 * looks it up by ({@code sans-serif} is {@code SansSerif}, {@code serif}
	 * {@code Serif}, {@code monospace} {@code Monospaced}), with its weight and style.
	 */
	private static final List<Face> FACES = List.of(new Face("SansSerif", "DejaVuSans", 400, FontStyle.NORMAL),
			new Face("SansSerif", "DejaVuSans-Bold", 700, FontStyle.NORMAL),
			new Face("SansSerif", "DejaVuSans-Oblique", 400, FontStyle.ITALIC),
			new Face("SansSerif", "DejaVuSans-BoldOblique", 700, FontStyle.ITALIC),
			new Face("Serif", "DejaVuSerif", 400, FontStyle.NORMAL),
			new Face("Serif", "DejaVuSerif-Bold", 700, FontStyle.NORMAL),
			new Face("Serif", "DejaVuSerif-Italic", 400, FontStyle.ITALIC),
			new Face("Serif", "DejaVuSerif-BoldItalic", 700, FontStyle.ITALIC),
			new Face("Monospaced", "DejaVuSansMono", 400, FontStyle.NORMAL),
			new Face("Monospaced", "DejaVuSansMono-Bold", 700, FontStyle.NORMAL));

	/** Each face's file, read once, when a document first uses it. */
	private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

	static {
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

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
			builder.usePdfUaAccessibility(true);
			for (Face face : FACES) {
				builder.useFont(face::open, face.family(), face.weight(), face.style(), true);
			}
			builder.withHtmlContent(html(template, values), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A font face shipped with Gavel, named by the family documents ask for. */
	private record Face(String family, String file, int weight, FontStyle style) {

		InputStream open() {
			return new ByteArrayInputStream(LOADED.computeIfAbsent(this.file, Face::read));
		}

		private static byte[] read(String file) {
			try (InputStream font = PdfDocuments.class.getResourceAsStream(FONTS + file + ".ttf")) {
				if (font == null) {
					throw new IllegalStateException("the font " + file + " is not on the classpath");
				}
				return font.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
