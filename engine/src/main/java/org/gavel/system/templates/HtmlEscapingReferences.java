package org.gavel.system.templates;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

import org.springframework.web.util.HtmlUtils;

/**
 * Escapes every value a template inserts ({@code $name}), including quotes, so values are
 * safe in element content and in quoted attributes alike. Only {@link SafeHtml} passes
 * through unchanged.
 */
public class HtmlEscapingReferences implements ReferenceInsertionEventHandler {

	@Override
	public Object referenceInsert(Context context, String reference, Object value) {
		if (value == null || value instanceof SafeHtml) {
			return value;
		}
		return HtmlUtils.htmlEscape(value.toString(), "UTF-8");
	}

}
