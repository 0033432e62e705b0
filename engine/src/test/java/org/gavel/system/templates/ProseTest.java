package org.gavel.system.templates;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ProseTest {

	private static final Pattern OWN_MARKUP = Pattern
		.compile("</?p>|<br/>|<a href=\"https?://[^\"<>]*\" rel=\"nofollow noopener noreferrer\">|</a>");

	private final Prose prose = new Prose();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					one line                       | Members agree.                           | <p>Members agree.</p>
					a line break kept              | First line\\nsecond line                 | <p>First line<br/>\\nsecond line</p>
					Windows line ends              | First\\r\\nsecond                        | <p>First<br/>\\nsecond</p>
					paragraphs kept                | One.\\n\\nTwo.                           | <p>One.</p>\\n<p>Two.</p>
					blank lines with spaces        | One.\\n   \\n\\nTwo.                     | <p>One.</p>\\n<p>Two.</p>
					a link                         | See https://example.org/a?b=1&c=2 now    | <p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">https://example.org/a?b=1&amp;c=2</a> now</p>
					a full stop is not the link's  | Read http://example.org/report.          | <p>Read <a href="http://example.org/report" rel="nofollow noopener noreferrer">http://example.org/report</a>.</p>
					a link in brackets             | (see https://example.org/x)              | <p>(see <a href="https://example.org/x" rel="nofollow noopener noreferrer">https://example.org/x</a>)</p>
					javascript is not a link       | javascript:alert(1)                      | <p>javascript:alert(1)</p>
					markup is escaped              | <script>alert('x')</script> & <b>bold</b> | <p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>
					a quote cannot leave the href  | https://example.org/"onmouseover="x      | <p><a href="https://example.org/" rel="nofollow noopener noreferrer">https://example.org/</a>&quot;onmouseover=&quot;x</p>
					Thai and accents kept          | ข้อมติ — résolution                      | <p>ข้อมติ — résolution</p>
					""")
	void keepsParagraphsAndLineBreaksAndLinksAddressesSafely(String what, String text, String html) {
		assertThat(this.prose.html(text.replace("\\r", "\r").replace("\\n", "\n")).html())
			.isEqualTo(html.replace("\\n", "\n") + "\n");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''
			'   '
			""")
	void nothingWrittenGivesNothing(String text) {
		assertThat(this.prose.html(text).html()).isEmpty();
		assertThat(this.prose.html(null).html()).isEmpty();
	}

	@Property
	void noMarkupButItsOwnAndEveryCharacterKept(@ForAll @StringLength(max = 200) String text) {
		String html = this.prose.html(text).html();

		String withoutOwn = OWN_MARKUP.matcher(html).replaceAll("");
		assertThat(withoutOwn).doesNotContain("<", ">");
		String read = HtmlUtils.htmlUnescape(OWN_MARKUP.matcher(html.replace("<br/>\n", "\n"))
			.replaceAll((match) -> match.group().startsWith("<a ") || match.group().equals("</a>") ? "" : "\n"));
		assertThat(visible(read)).isEqualTo(visible(text));
	}

	private static String visible(String text) {
		StringBuilder visible = new StringBuilder();
		text.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(visible::appendCodePoint);
		return visible.toString();
	}

}
