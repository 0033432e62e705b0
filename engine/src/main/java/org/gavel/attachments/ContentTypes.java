package org.gavel.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import org.springframework.stereotype.Component;

/**
 * A file's type as Apache Tika detects it: from the content's magic bytes, refined by the
 * name only where the name names a kind of what the content is (a Word file is a kind of
 * Office Open XML package); a name alone never decides.
 */
@Component
public class ContentTypes {

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	/**
	 * What a file is.
	 * @param content the file
	 * @param name its name
	 * @return the detected type and the type its name claims
	 */
	public Detected detect(byte[] content, String name) {
		try (TikaInputStream byContent = TikaInputStream.get(content);
				TikaInputStream withName = TikaInputStream.get(content)) {
			Metadata named = new Metadata();
			named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
			MediaType detected = this.types.detect(withName, named);
			MediaType claimed = this.types.detect(null, named);
			MediaType magic = this.types.detect(byContent, new Metadata());
			return new Detected(detected.getBaseType().toString(), claimed.getBaseType().toString(),
					magic.getBaseType().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The usual file extension of a type, for messages.
	 * @param mediaType the type
	 * @return e.g. {@code .pdf}, or the type itself when it has none
	 */
	public String extension(String mediaType) {
		try {
			String extension = this.types.forName(mediaType).getExtension();
			return extension.isEmpty() ? mediaType : extension;
		}
		catch (MimeTypeException ex) {
			return mediaType;
		}
	}

	/**
	 * What Tika found.
	 *
	 * @param mediaType the file's type, from its content (and its name where they agree)
	 * @param claimed the type its name alone claims, {@code application/octet-stream} if
	 * none
	 * @param content the type its content alone shows
	 */
	public record Detected(String mediaType, String claimed, String content) {

		/**
		 * Whether the name claims a type the content does not show: a PDF named
		 * {@code budget.xlsx}, or bytes of no known kind named {@code report.pdf}.
		 * @return {@code true} if so
		 */
		public boolean contradicted() {
			String unknown = MediaType.OCTET_STREAM.toString();
			return !this.claimed.equals(unknown)
					&& (!this.claimed.equals(this.mediaType) || this.content.equals(unknown));
		}

	}

}
