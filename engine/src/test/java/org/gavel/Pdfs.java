package org.gavel;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader's PDF tool extracts from a document Gavel made. */
public final class Pdfs {

	private Pdfs() {
	}

	/**
	 * Extracts a PDF's text, as copying it out of a reader would.
	 * @param pdf the document's bytes
	 * @return its text, lines joined by spaces
	 */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// in reading order: the renderer writes bold and plain runs of a line apart
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
