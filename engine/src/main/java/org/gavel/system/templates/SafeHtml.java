package org.gavel.system.templates;

/**
 * Markup that application code built and vouches for (a rendered page body, an SVG
 * chart), inserted into a template as is. Everything else is HTML-escaped.
 *
 * @param html the markup
 */
public record SafeHtml(String html) {

	@Override
	public String toString() {
		return this.html;
	}

}
