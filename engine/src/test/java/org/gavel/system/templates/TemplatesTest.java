package org.gavel.system.templates;

import java.util.HashMap;
import java.util.Map;

import org.apache.velocity.exception.MethodInvocationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesTest {

	private final Templates templates = new Templates();

	@Test
	void escapesEveryInsertedValueByDefault() {
		String html = this.templates.render("test-escaping",
				Map.of("value", "<script>alert(1)</script>", "chart", new SafeHtml("")));

		assertThat(html).contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").doesNotContain("<script>");
	}

	@Test
	void escapesQuotesSoValuesCannotLeaveAnAttribute() {
		String html = this.templates.render("test-escaping",
				Map.of("value", "\" onmouseover='alert(1)", "chart", new SafeHtml("")));

		assertThat(html).contains("title=\"&quot; onmouseover=&#39;alert(1)\"");
	}

	@Test
	void insertsMarkupBuiltByApplicationCodeAsIs() {
		String html = this.templates.render("test-escaping",
				Map.of("value", "x", "chart", new SafeHtml("<svg><rect width=\"1\"/></svg>")));

		assertThat(html).endsWith("<svg><rect width=\"1\"/></svg>\n");
	}

	@Test
	void refusesAReferenceThatHasNoValue() {
		assertThatThrownBy(() -> this.templates.render("test-missing", Map.of()))
			.isInstanceOf(MethodInvocationException.class)
			.hasMessageContaining("$notThere");
	}

	@Test
	void anErrorPageWithoutACsrfTokenStillRendersForASignedInPerson() {
		Map<String, Object> values = new HashMap<>();
		values.put("viewer", "Ana Siregar");
		values.put("csrf", null);
		values.put("name", "x");

		assertThat(this.templates.renderPage("test-page", values)).contains("Ana Siregar").doesNotContain("Sign out");
	}

	@Test
	void wrapsAPageInTheLayoutWithTheTitleThePageSets() {
		String html = this.templates.renderPage("test-page", Map.of("name", "<b>Ana</b>"));

		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<title>Page &lt;b&gt;Ana&lt;/b&gt; · Gavel</title>")
			.contains("<p>Hello &lt;b&gt;Ana&lt;/b&gt;</p>");
	}

}
