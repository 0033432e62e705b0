package org.gavel.system.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Text a person wrote (a resolution's rationale, a comment, a grievance's account), shown
 * as they wrote it: its paragraphs kept, each line break kept, and every {@code http} or
 * {@code https} address made a link that opens without passing on Gavel's address. All
 * else is escaped, so no markup of the writer's reaches the page. Templates have it as
 * {@code $prose}; the markup is well-formed XML, so PDFs take it too.
 */
public final class Prose {

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]'’”]+$");

	private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

	/**
	 * The text as HTML paragraphs.
	 * @param text what the person wrote; {@code null} gives nothing
	 * @return one {@code <p>} per paragraph, with {@code <br/>} for a line break and
	 * links for web addresses
	 */
	public SafeHtml html(Object text) {
		if (text == null || text.toString().isBlank()) {
			return new SafeHtml("");
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : BLANK_LINE.split(text.toString().replace("\r\n", "\n").replace('\r', '\n').strip())) {
			html.append("<p>");
			String[] lines = paragraph.split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.append("<br/>\n");
				}
				linked(lines[i], html);
			}
			html.append("</p>\n");
		}
		return new SafeHtml(html.toString());
	}

	private static void linked(String line, StringBuilder html) {
		Matcher address = ADDRESS.matcher(line);
		int at = 0;
		while (address.find()) {
			String url = address.group();
			Matcher trailing = TRAILING.matcher(url);
			if (trailing.find()) {
				url = url.substring(0, trailing.start());
			}
			html.append(escape(line.substring(at, address.start())));
			html.append("<a href=\"")
				.append(escape(url))
				.append("\" rel=\"nofollow noopener noreferrer\">")
				.append(escape(url))
				.append("</a>");
			at = address.start() + url.length();
		}
		html.append(escape(line.substring(at)));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
