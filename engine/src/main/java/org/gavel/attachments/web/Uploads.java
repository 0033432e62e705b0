package org.gavel.attachments.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Reading a file a portal form uploaded, for the feature that stores it.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * The uploaded file's bytes.
	 * @param file the upload, not empty
	 * @return its content
	 * @throws UncheckedIOException when the upload cannot be read (the request broke off)
	 */
	public static byte[] content(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
