package org.gavel.grants.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Reading a file a grant page's form uploaded (a proposal's file, a milestone report's,
 * an RFP's template), for the use case that stores it.
 */
final class Uploads {

	private Uploads() {
	}

	/**
	 * The uploaded file's bytes.
	 * @param file the upload, not empty
	 * @return its content
	 * @throws UncheckedIOException when the upload cannot be read (the request broke off)
	 */
	static byte[] content(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
