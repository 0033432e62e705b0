package org.gavel.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of the kinds applicants send, made in memory. */
public final class Files {

	public static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	public static final byte[] NOISE = { 0x13, 0x37, 0x00, (byte) 0xfe, 0x42, 0x01, (byte) 0x99, 0x7f, 0x00, 0x00,
			0x05 };

	private Files() {
	}

	/**
	 * An Office Open XML package (what Word and Excel save): a zip whose first entry is
	 * {@code [Content_Types].xml}.
	 */
	public static byte[] ooxml(String mainPart) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/" + mainPart
					+ "\" ContentType=\"application/xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(mainPart));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
