package org.gavel.system.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.system.templates.Templates;

import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Lets controllers return a view name that is rendered by {@link Templates} inside the
 * layout. The CSRF token is always available to templates, as {@code $csrf}.
 */
@Component
class VelocityViewResolver implements ViewResolver, Ordered {

	private final Templates templates;

	VelocityViewResolver(Templates templates) {
		this.templates = templates;
	}

	@Override
	public View resolveViewName(String viewName, Locale locale) {
		if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
			return null;
		}
		return new PageView(viewName);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	private final class PageView implements View {

		private final String name;

		private PageView(String name) {
			this.name = name;
		}

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Map<String, Object> values = new HashMap<>(model != null ? model : Map.of());
			values.put("csrf", request.getAttribute(CsrfToken.class.getName()));
			String html = VelocityViewResolver.this.templates.renderPage(this.name, values);
			response.setContentType(getContentType());
			response.getWriter().write(html);
		}

	}

}
