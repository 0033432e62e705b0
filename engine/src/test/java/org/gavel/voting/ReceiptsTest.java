package org.gavel.voting;

import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A receipt is recognised however a voter types it, and nothing else becomes one. */
class ReceiptsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			3F9A-0C41-77AB-0000-1234-BEEF | 3F9A-0C41-77AB-0000-1234-BEEF
			3f9a-0c41-77ab-0000-1234-beef | 3F9A-0C41-77AB-0000-1234-BEEF
			3F9A0C4177AB00001234BEEF      | 3F9A-0C41-77AB-0000-1234-BEEF
			3F9A 0C41 77AB 0000 1234 BEEF | 3F9A-0C41-77AB-0000-1234-BEEF
			3F9A–0C41–77AB–0000–1234–BEEF | 3F9A-0C41-77AB-0000-1234-BEEF
			3F9A-OC4l-77AB-OOOO-I234-BEEF | 3F9A-0C41-77AB-0000-1234-BEEF
			'  3f9a-0c41 77ab0000-1234-beef ' | 3F9A-0C41-77AB-0000-1234-BEEF
			3F9A-0C41-77AB-0000-1234       | 3F9A-0C41-77AB-0000-1234
			3F9A-0C41-77AB-0000-1234-BEEG  | 3F9A-0C41-77AB-0000-1234-BEEG
			not a receipt                  | NOT A RECEIPT
			""")
	void aTypedReceiptReadsAsIssuedOrStaysWhatWasTyped(String typed, String read) {
		assertThat(Receipts.canonical(typed)).isEqualTo(read);
	}

	@Property
	void anIssuedReceiptIsFoundHoweverItIsRetyped(@ForAll @IntRange(min = 0, max = 3) int style) {
		String issued = Receipts.next();
		String typed = switch (style) {
			case 0 -> issued.toLowerCase(Locale.ROOT);
			case 1 -> issued.replace("-", "");
			case 2 -> issued.replace("-", " ").toLowerCase(Locale.ROOT);
			default -> " " + issued.replace('0', 'O') + "\n";
		};

		assertThat(Receipts.canonical(typed)).isEqualTo(issued);
		assertThat(Receipts.canonical(issued)).isEqualTo(issued);
	}

}
